namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The pushes one test sends, what they contain in words, or why the test cannot run.</summary>
/// <param name="Blocked">Set when the setup does not allow the test (e.g. no package rate mapped): what to do.</param>
public sealed record TestPlan(IReadOnlyList<PlannedPush> Pushes, IReadOnlyList<string> Facts, string? Blocked = null)
{
    public static TestPlan Block(string reason) => new([], [], reason);
}

/// <summary>One message of a test. Its body is built when it is about to be sent and dropped once sent, so a split push
/// is built message by message while earlier messages are on the wire, and never held in memory whole.</summary>
/// <param name="entries">How many availability, price or restriction entries the push carries.</param>
public sealed class PlannedPush(string operation, Func<object> build, Expectation expected, int entries, string label)
{
    public string Operation => operation;
    public Expectation Expected => expected;
    public int Entries => entries;
    public string Label => label;

    /// <summary>A new body each call (with a new messageId where the operation has one).</summary>
    public object Build() => build();
}
