using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ChannelManagerDashboard.Components.Reports;

/// <summary>Renders a report component to a complete HTML file, outside any circuit (a download, a test).</summary>
public sealed class ReportRenderer(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync<TReport>(IDictionary<string, object?> parameters) where TReport : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        // The renderer's state may only be touched on its dispatcher.
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TReport>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
