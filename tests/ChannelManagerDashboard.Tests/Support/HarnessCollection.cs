namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// The harness tests push megabytes and time answers to the second, and the perimeter tests start app processes of their
/// own and send 17 MB bodies. They run on their own, after the parallel tests: run beside the browser tests on two
/// cores, they starved the browser tests' awaits past Playwright's timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HarnessCollection
{
    public const string Name = "Harness";
}
