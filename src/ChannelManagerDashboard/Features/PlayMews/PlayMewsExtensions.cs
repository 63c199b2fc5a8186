using System.Security.Claims;
using System.Text;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Hosting.Outbound;
using Microsoft.Extensions.Options;
using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.PlayMews;

public static class PlayMewsExtensions
{
    public static IServiceCollection AddPlayMews(this IServiceCollection services)
    {
        services.AddOptions<HarnessSettings>().BindConfiguration(HarnessSettings.Section)
            .ValidateRules(HarnessSettings.Section, s => s.Validate()).ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<HarnessSettings>>().Value);
        // Flurl sets the timeout per call; the safety rules sit in the handler under it.
        services.AddSingleton(provider => new CmRequestGate(provider.GetRequiredService<HarnessSettings>().MaxRequestsInFlight));
        services.AddTransient<CmSafetyHandler>();
        services.AddOutboundNetworkRule();
        services.AddHttpClient<CmRequestSender>()
            .ConfigurePrimaryHttpMessageHandler(provider => CmRequestSender.CreateHandler(provider.GetRequiredService<OutboundNetworkRule>(), provider.GetRequiredService<OwnEndpoints>()))
            .AddHttpMessageHandler<CmSafetyHandler>();
        services.AddTransient<HarnessRunner>();
        services.AddTransient<RunSelection>();
        services.AddTransient<PlayMewsState>();
        return services.AddScoped<HarnessScopes>().AddScoped<HarnessRunStore>().AddScoped<PlayMewsService>().AddActivityDescriber<PlayMewsActivity>();
    }

    /// <summary>
    /// A stored run for download: one exchange's request body as kept (tokens masked), for pushes too large to show on
    /// the page (owners and members: it is the body to replay), or the whole run in the certify command's JSON report
    /// format (viewers get it without token masks).
    /// </summary>
    public static IEndpointRouteBuilder MapPlayMews(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{projectId:int}/play-mews/runs/{runId:int}/exchanges/{index:int}/request.json",
            async (int projectId, int runId, int index, PlayMewsService playMews) =>
                await playMews.VerdictAsync(projectId, runId) is { } result && index >= 0 && index < result.Evidence.Count
                    ? Results.File(Encoding.UTF8.GetBytes(result.Evidence[index].RequestBody), "application/json", $"run-{runId}-message-{index + 1}-request.json")
                    : Results.NotFound())
            .RequireAuthorization(DashboardRoles.CanChange);
        endpoints.MapGet("/projects/{projectId:int}/play-mews/runs/{runId:int}/report.json",
            async (int projectId, int runId, PlayMewsService playMews, ClaimsPrincipal user) =>
                await playMews.ReportAsync(projectId, runId) is { } report
                    ? Results.File(Encoding.UTF8.GetBytes(DashboardRoles.MayChange(user) ? report.Json : TokenMask.HideMasks(report.Json)), "application/json", report.FileName)
                    : Results.NotFound());
        return endpoints;
    }
}
