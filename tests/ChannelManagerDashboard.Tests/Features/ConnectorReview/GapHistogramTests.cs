using ChannelManagerDashboard.Features.ConnectorReview.Checks;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class GapHistogramTests
{
    [Fact]
    public void The_gap_median_is_exact_for_equal_gaps_and_within_a_percent_for_jittered_ones()
    {
        var equal = new GapHistogram();
        foreach (var _ in Enumerable.Range(0, 47))
            equal.Add(TimeSpan.FromMinutes(30));
        Assert.Equal(TimeSpan.FromMinutes(30), equal.Median);

        var jittered = new GapHistogram();
        var random = new Random(7);
        var gaps = Enumerable.Range(0, 5000).Select(_ => TimeSpan.FromSeconds(1800 + random.Next(-120, 120))).ToList();
        gaps.ForEach(jittered.Add);
        var exact = gaps.Order().ElementAt(gaps.Count / 2);
        Assert.InRange(jittered.Median!.Value.TotalSeconds, exact.TotalSeconds * 0.99, exact.TotalSeconds * 1.01);
        Assert.Equal((gaps.Min(), gaps.Max()), (jittered.Shortest!.Value, jittered.Longest!.Value));
    }
}
