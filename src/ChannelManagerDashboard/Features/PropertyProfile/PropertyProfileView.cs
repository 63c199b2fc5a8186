using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.PropertyProfile;

/// <summary>What the configuration viewer opens with: the project and its snapshots, newest first.</summary>
public sealed record PropertyProfileView(CertificationProject Project, IReadOnlyList<SnapshotSummary> History);
