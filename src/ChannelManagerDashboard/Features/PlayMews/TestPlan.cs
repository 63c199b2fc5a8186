namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The pushes one test sends, what they contain in words, or why the test cannot run.</summary>
/// <param name="Blocked">Set when the setup does not allow the test (e.g. no package rate mapped): what to do.</param>
public sealed record TestPlan(IReadOnlyList<PlannedPush> Pushes, IReadOnlyList<string> Facts, string? Blocked = null)
{
    public static TestPlan Block(string reason) => new([], [], reason);
}
