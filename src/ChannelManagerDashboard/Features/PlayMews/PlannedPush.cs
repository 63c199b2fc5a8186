namespace ChannelManagerDashboard.Features.PlayMews;

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
