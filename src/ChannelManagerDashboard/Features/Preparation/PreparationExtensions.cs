using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Hosting;
using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.Preparation;

public static class PreparationExtensions
{
    public static IServiceCollection AddPreparation(this IServiceCollection services)
    {
        services.AddOptions<PreparationOptions>().BindConfiguration(PreparationOptions.Section)
            .ValidateRules(PreparationOptions.Section, o => o.Validate()).ValidateOnStart();
        services.AddScoped<PreparationService>().AddScoped<CertificationFileService>().AddScoped<EndpointProbeService>().AddActivityDescriber<PreparationActivity>();
        // The steps the dashboard ticks by itself follow every change to what they check.
        return services.AddScoped(provider => new ProjectEventSubscriber(change =>
            provider.GetRequiredService<PreparationService>().SyncAutomaticStepsAsync(change.ProjectId, change.Who)));
    }

    /// <summary>Download of the stored certification file (P8).</summary>
    public static IEndpointRouteBuilder MapPreparation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{projectId:int}/certification-file", async (int projectId, CertificationFileService files) =>
            await files.GetAsync(projectId) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.Text($"Project {projectId} has no certification file yet: upload it in step P8.",
                    statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }
}
