using ChannelManagerDashboard.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChannelManagerDashboard.Features.Health;

public static class HealthExtensions
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section)
            .ValidateRules(HealthOptions.Section, o => o.Validate()).ValidateOnStart();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>200 "Healthy" when saves would work, 503 with the reason otherwise.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResponseWriter = (context, report) => context.Response.WriteAsync(report.Status == HealthStatus.Healthy
                ? "Healthy"
                : $"Unhealthy: {string.Join(" ", report.Entries.Values.Select(e => e.Description))}"),
        }).AllowAnonymous();
        return endpoints;
    }
}
