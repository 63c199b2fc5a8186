using ChannelManagerDashboard.Features.CertificationCall;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class OutcomeRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 15);

    [Fact]
    public void A_pass_on_the_day_needs_nothing_more() =>
        Assert.Empty(OutcomeRules.Problems(CallVerdict.Passed, Today, "", Today, null));

    [Fact]
    public void A_fail_needs_to_say_what_Mews_found() =>
        Assert.Contains("what Mews found", Assert.Single(OutcomeRules.Problems(CallVerdict.Failed, Today, "  ", Today, null)));

    [Fact]
    public void An_outcome_cannot_be_for_a_day_that_has_not_come_or_before_the_previous_one()
    {
        Assert.Contains("has not come yet", Assert.Single(OutcomeRules.Problems(CallVerdict.Passed, Today.AddDays(3), "", Today, null)));
        var previous = new CallOutcome { Verdict = CallVerdict.Failed, Date = Today };
        Assert.Contains("cannot be earlier", Assert.Single(OutcomeRules.Problems(CallVerdict.Passed, Today.AddDays(-1), "", Today, previous)));
    }

    [Fact]
    public void A_date_one_day_ahead_is_allowed_for_a_call_in_an_earlier_time_zone() =>
        Assert.Empty(OutcomeRules.Problems(CallVerdict.Passed, Today.AddDays(1), "", Today, null));

    [Fact]
    public void An_unknown_verdict_is_refused() =>
        Assert.Contains("passed or failed", Assert.Single(OutcomeRules.Problems((CallVerdict)7, Today, "notes", Today, null)));

    [Fact]
    public void What_comes_next_says_go_live_after_a_pass_and_start_over_after_a_fail()
    {
        Assert.Contains("go-live checklist", OutcomeRules.Next(CallVerdict.Passed, 0));
        Assert.Contains("starts over", OutcomeRules.Next(CallVerdict.Failed, 12));
        Assert.Contains("12 test results", OutcomeRules.Next(CallVerdict.Failed, 12));
    }
}
