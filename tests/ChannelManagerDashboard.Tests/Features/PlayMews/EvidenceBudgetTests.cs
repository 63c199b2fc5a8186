using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class EvidenceBudgetTests
{
    private static readonly Verdict Passed = new([], []);
    private static readonly Verdict Refused = new(["HTTP 500"], []);

    [Fact]
    public void The_first_message_of_each_operation_and_outcome_is_kept_whole_and_the_rest_only_its_start()
    {
        var budget = new EvidenceBudget(wholeBytes: 100_000, runBytes: 1_000_000);

        Assert.Equal(50_000, budget.BytesToKeep("updatePrices", Passed, 50_000));
        Assert.Equal(EvidenceBudget.PartBytes, budget.BytesToKeep("updatePrices", Passed, 50_000));
        Assert.Equal(50_000, budget.BytesToKeep("updatePrices", Refused, 50_000));
        Assert.Equal(EvidenceBudget.PartBytes, budget.BytesToKeep("updatePrices", Refused, 50_000));
        Assert.Equal(50_000, budget.BytesToKeep("updateRestrictions", Refused, 50_000));
    }

    [Fact]
    public void A_whole_message_is_cut_to_the_per_message_cap_and_small_bodies_are_kept_as_they_are()
    {
        var budget = new EvidenceBudget(wholeBytes: 10_000, runBytes: 1_000_000);

        Assert.Equal(10_000, budget.BytesToKeep("updatePrices", Passed, 50_000));
        Assert.Equal(300, budget.BytesToKeep("updatePrices", Passed, 300));
    }

    [Fact]
    public void Past_the_run_budget_even_a_first_message_keeps_only_its_start()
    {
        var budget = new EvidenceBudget(wholeBytes: 100_000, runBytes: 120_000);

        Assert.Equal(100_000, budget.BytesToKeep("updateAvailability", Passed, 100_000));
        Assert.Equal(EvidenceBudget.PartBytes, budget.BytesToKeep("updatePrices", Passed, 100_000));
        Assert.Equal(EvidenceBudget.PartBytes, budget.BytesToKeep("updateRestrictions", Passed, 100_000));
    }
}
