using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.Configuration;

/// <summary>What the configuration viewer opens with: the project and its snapshots, newest first.</summary>
public sealed record ConfigurationView(CertificationProject Project, IReadOnlyList<SnapshotSummary> History);
