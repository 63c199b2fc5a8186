namespace ChannelManagerDashboard.Features.Projects;

public static class ProjectsExtensions
{
    public static IServiceCollection AddProjects(this IServiceCollection services) => services.AddScoped<ProjectService>();
}
