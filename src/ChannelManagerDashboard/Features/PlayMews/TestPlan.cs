namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The pushes one test sends, what they contain in words, or why the test cannot run.</summary>
/// <param name="Blocked">Set when the setup does not allow the test (e.g. no package rate mapped): what to do.</param>
public sealed record TestPlan(IReadOnlyList<PlannedPush> Pushes, IReadOnlyList<string> Facts, string? Blocked = null)
{
    public static TestPlan Block(string reason) => new([], [], reason);
}

/// <param name="Entries">How many availability, price or restriction entries the push carries.</param>
public sealed record PlannedPush(string Operation, object Payload, Expectation Expected, int Entries, string Label);
