using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>What P4 shows for the project's current environment.</summary>
/// <param name="ClientTokenHint">The saved client token, masked; empty when none is saved.</param>
public sealed record ConnectionsView(
    CertificationProject Project, string ClientTokenHint, string EmployeeEmail, string CredentialsUpdatedBy, DateTimeOffset? CredentialsUpdatedAt,
    IReadOnlyList<ChosenConnection> Chosen);

public sealed record ChosenConnection(
    int Id, string PropertyId, string PropertyName, string ConnectionName, string TokenHint, string ChosenBy, DateTimeOffset ChosenAt);
