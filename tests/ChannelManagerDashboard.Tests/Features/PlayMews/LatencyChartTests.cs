using Bunit;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>The latency chart reads for two messages (labelled bars, axis titles in words) and for a thousand.</summary>
public sealed class LatencyChartTests : ComponentTest
{
    private static ExchangeEvidence Sent(int index, long latencyMs) =>
        new($"prices {index}", "https://cm.example.com/mews/updatePrices", DateTimeOffset.UnixEpoch, "{}", 2, 200, "{\"success\":true}", latencyMs,
            "success true", [], [], false, ReplayTokens.None);

    [Fact]
    public void Two_messages_are_two_bars_each_with_its_answer_time_and_the_axes_are_named_in_words()
    {
        var chart = Render<LatencyChart>(p => p.Add(x => x.Picture, LatencyPicture.Of([Sent(1, 40), Sent(2, 80)])!));

        Assert.Equal(["40", "80"], chart.FindAll(".latency-value").Select(v => v.TextContent));
        Assert.Equal(["1", "2"], chart.FindAll(".latency-label").Select(v => v.TextContent));
        Assert.DoesNotContain("crowded", chart.Find(".latency-bars").ClassList);
        Assert.Equal(["height:50%", "height:100%"], chart.FindAll(".latency-bar").Select(b => b.GetAttribute("style")));
        Assert.Equal("Answer time (ms)", chart.Find(".latency-y-title").TextContent);
        Assert.Equal("Message 1, 2… 2, in the order sent", chart.Find(".latency-x-title").TextContent);
        Assert.Contains("2 messages: median 40 ms", chart.Find("#latency-caption").TextContent);
    }

    [Fact]
    public void A_long_run_draws_thin_bars_without_values_and_says_how_many_messages_a_bar_stands_for()
    {
        var chart = Render<LatencyChart>(p => p.Add(x => x.Picture, LatencyPicture.Of([.. Enumerable.Range(1, 1000).Select(i => Sent(i, 20 + i % 7))])!));

        Assert.Empty(chart.FindAll(".latency-value"));
        Assert.InRange(chart.FindAll(".latency-bar").Count, 100, LatencyPicture.MaxPoints);
        Assert.Equal("Messages in the order sent, 9 a bar (the slowest of them)", chart.Find(".latency-x-title").TextContent);
        Assert.InRange(chart.FindAll(".latency-label").Count(l => l.TextContent.Length > 0), 5, 12);
        // On a narrow screen every second number steps aside so the rest stay apart.
        Assert.Contains("crowded", chart.Find(".latency-bars").ClassList);
        var numbered = chart.FindAll(".latency-bars li").Where(li => li.QuerySelector(".latency-label")!.TextContent.Length > 0).ToList();
        Assert.Equal(numbered.Select((_, i) => i % 2 == 1), numbered.Select(li => li.ClassList.Contains("minor")));
    }
}
