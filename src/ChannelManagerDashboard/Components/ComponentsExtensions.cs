using ChannelManagerDashboard.Features.Accounts.Teams;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Hosting.MachineEndpoints;
using MudBlazor.Services;

namespace ChannelManagerDashboard.Components;

public static class ComponentsExtensions
{
    /// <summary>The largest message a page may send over its circuit: room for the mapping's pasted lists (ImportLimits.MaxPastedChars).</summary>
    public const int MaxCircuitMessageBytes = 512 * 1024;

    public static IServiceCollection AddDashboardComponents(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = MaxCircuitMessageBytes);
        services.AddMudServices();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Reports.ReportRenderer>();
        return services;
    }

    /// <summary>The middleware in front of every endpoint: errors, HSTS, status pages, the browser's language for dates, request logging, machine endpoints' JSON errors, rate limits, sign-in, project teams, antiforgery.</summary>
    public static WebApplication UseDashboardPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            // Sent on https only, i.e. behind a TLS proxy that forwards the scheme (ASPNETCORE_FORWARDEDHEADERS_ENABLED).
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(DateEntry.Localization());
        app.UseDashboardRequestLogging();
        app.UseMachineEndpointErrors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseProjectAccess();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapDashboardComponents(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
