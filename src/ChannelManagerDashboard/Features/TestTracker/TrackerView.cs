using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>What the test tracker opens with: the project and every catalog test with its result.</summary>
public sealed record TrackerView(CertificationProject Project, IReadOnlyList<TestRow> Rows);
