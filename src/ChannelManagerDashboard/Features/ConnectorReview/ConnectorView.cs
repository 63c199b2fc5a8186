using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>What the journey page shows: the project, its declaration and dates, its runs and the steps.</summary>
public sealed record ConnectorView(CertificationProject Project, ConnectorJourney Journey, IReadOnlyList<ConnectorRun> Runs, IReadOnlyList<ConnectorStep> Steps,
    ReviewReport? NewestReview);

/// <summary>Bad lines a first reading of the file already took out: how many, and the first of them.</summary>
public sealed record LeftOut(int Count, IReadOnlyList<BadLine> First);
