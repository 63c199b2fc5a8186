namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>One of the 25 standard certification tests (IDs are the dashboard's; Mews does not number them).</summary>
public sealed record CertificationTest(
    string Id,
    TestGroup Group,
    string Name,
    bool Required,
    string Scenario,
    string Expected);
