using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.PropertyConnections;

public static class PropertyConnectionQueries
{
    /// <summary>The connections picked in P4 for the project's current environment, in the order they were picked.</summary>
    public static IQueryable<PropertyConnection> ChosenFor(this IQueryable<PropertyConnection> connections, CertificationProject project) =>
        connections.Where(c => c.ProjectId == project.Id && c.Environment == project.Environment && c.RemovedAt == null).OrderBy(c => c.Id);
}
