using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Everything the mapping page shows for one connection.</summary>
/// <param name="Profile">The connection's newest configuration; null when none is fetched or it cannot be read (<paramref name="Problem"/> says which).</param>
/// <param name="Version">The mapping's version when loaded; edits send it back to detect someone else's change.</param>
/// <param name="Warning">Set when the saved mapping could not be read and an empty one is shown instead.</param>
public sealed record MappingView(
    CertificationProject Project,
    IReadOnlyList<MappingConnection> Connections,
    MappingConnection? Connection,
    int SnapshotId,
    DateTimeOffset? SnapshotFetchedAt,
    PropertyProfileData? Profile,
    MappingState State,
    int Version,
    MappingChange? LastChange,
    MappingDrift? Drift,
    string? Problem,
    string? Warning)
{
    public MappingCoverage? Coverage { get; } = Profile is null ? null : MappingCoverage.Evaluate(Profile, State);
}
