using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.Projects;

public static class ProjectsExtensions
{
    /// <summary>The project list and overview, and the events by which features tell each other what changed in a project.</summary>
    public static IServiceCollection AddProjects(this IServiceCollection services) => services.AddScoped<ProjectService>().AddScoped<ProjectEvents>()
        .AddActivityDescriber<ProjectActivity>();
}
