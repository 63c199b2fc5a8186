using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Reservations;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class StatusLineTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static HarnessVerdict Judged(params string[] reasons) => new("RES-01", At, reasons, [], [], 0, 0,
        [new ExchangeEvidence(ReservationEvidence.ProcessGroupLabel, "pasted", At, "{}", 2, null, "", 0, "a booking", reasons, [], false, ReplayTokens.None)]);

    [Fact]
    public void A_pass_asks_for_the_persons_check()
    {
        var line = StatusLine.Of("RES-01", Result.Of(Judged()));

        Assert.Equal(new StatusLine("RES-01", $"RES-01 passed, needs your check: {ReservationTest.Find("RES-01")!.HumanCheck}.", false), line);
    }

    [Fact]
    public void A_failure_names_its_first_reason() =>
        Assert.Equal(new StatusLine("RES-01", "RES-01 failed: no card", true), StatusLine.Of("RES-01", Result.Of(Judged("no card", "no guest"))));

    [Fact]
    public void A_test_that_could_not_run_says_why() =>
        Assert.Equal(new StatusLine("RES-01", "Pick a connection.", true),
            StatusLine.Of("RES-01", Result.Invalid(Result.Whole, "Pick a connection.").As<HarnessVerdict>()));

    [Fact]
    public void A_stopped_wait_is_a_notice_not_a_failure() =>
        Assert.Equal(new StatusLine("RES-01", "Stopped waiting for RES-01. Nothing was kept.", false),
            StatusLine.Of("RES-01", Result.Unchanged("Stopped waiting for RES-01. Nothing was kept.").As<HarnessVerdict>()));
}
