using static ChannelManagerDashboard.Features.PlayMews.EvidenceRetention;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class EvidenceRetentionTests
{
    private static readonly StoredRun[] Runs =
    [
        new(1, "INV-06", 50), new(2, "INV-01", 10), new(3, "INV-06", 50), new(4, "INV-01", 10), new(5, "INV-06", 50), new(6, "ERR-02", 5),
    ];

    [Fact]
    public void Past_the_runs_per_test_the_oldest_of_each_test_go() =>
        Assert.Equal([1], ToDelete(Runs, keptPerTest: 2, keptBytes: long.MaxValue));

    [Fact]
    public void Past_the_bytes_per_project_the_oldest_runs_go_first_whatever_their_test() =>
        Assert.Equal([1, 2, 3], ToDelete(Runs, keptPerTest: 20, keptBytes: 70));

    [Fact]
    public void A_test_s_newest_run_is_never_deleted_however_little_may_be_kept() =>
        Assert.Equal([1, 2, 3], ToDelete(Runs, keptPerTest: 1, keptBytes: 0));

    [Fact]
    public void Within_both_limits_nothing_goes() =>
        Assert.Empty(ToDelete(Runs, keptPerTest: 20, keptBytes: 1000));
}
