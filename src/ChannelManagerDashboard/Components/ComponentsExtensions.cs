using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Hosting;
using MudBlazor.Services;

namespace ChannelManagerDashboard.Components;

public static class ComponentsExtensions
{
    public static IServiceCollection AddDashboardComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = ImportLimits.MaxCircuitMessageBytes);
        services.AddMudServices();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The middleware in front of every endpoint: errors, status pages, request logging, static assets, antiforgery.</summary>
    public static WebApplication UseDashboardPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseDashboardRequestLogging();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapDashboardComponents(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
