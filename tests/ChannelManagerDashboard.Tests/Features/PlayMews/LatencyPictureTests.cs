using ChannelManagerDashboard.Features.PlayMews;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

public sealed class LatencyPictureTests
{
    private static ExchangeEvidence Sent(int index, long latencyMs) =>
        new($"message {index}", "https://cm.example.com/mews/updatePrices", DateTimeOffset.UnixEpoch, "{}", 2, 200, "{\"success\":true}", latencyMs,
            "success true", [], [], false, ReplayTokens.None);

    [Fact]
    public void A_long_run_is_drawn_with_the_slowest_message_of_each_stretch_so_a_spike_is_never_averaged_away()
    {
        var evidence = Enumerable.Range(1, 1000).Select(i => Sent(i, i == 777 ? 9000 : 20)).ToList();

        var picture = LatencyPicture.Of(evidence)!;

        Assert.True(picture.Points.Count <= LatencyPicture.MaxPoints);
        Assert.Equal(9000, picture.Points.Max());
        Assert.Equal(picture.Points.Count, picture.Labels.Count);
        Assert.Equal("1", picture.Labels[0]);
        Assert.Contains("1000 messages: median 20 ms, 95th percentile 20 ms, slowest 9000 ms (message 777, message 777).", picture.Caption);
        Assert.Contains("Each point is the slowest of 9 messages.", picture.Caption);
    }

    [Fact]
    public void There_is_no_picture_for_one_message_or_for_samples_that_were_never_sent()
    {
        Assert.Null(LatencyPicture.Of([Sent(1, 20)]));
        Assert.Null(LatencyPicture.Of([Sent(1, 20) with { Url = "" }, Sent(2, 30) with { Url = "" }]));
    }
}
