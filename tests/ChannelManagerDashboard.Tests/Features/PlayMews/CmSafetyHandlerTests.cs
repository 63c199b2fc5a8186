using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>The rules below Flurl hold for any caller: nothing is sent to a URL Mews would refuse to call.</summary>
public sealed class CmSafetyHandlerTests
{
    private static readonly RequestLimits Limits = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), 1024);

    [Theory]
    [InlineData("http://cm.example.com/mews/updatePrices", "HTTPS only")]
    [InlineData("ftp://127.0.0.1/mews/updatePrices", "cannot be called by Mews")]
    public async Task A_url_Mews_would_not_call_is_refused_before_anything_is_sent(string url, string reason)
    {
        var sender = new CmRequestSender(CmRequestSender.CreateHttpClient(LoopbackRule.Allowed));

        var answer = await sender.PostAsync(new Uri(url), "{}"u8.ToArray(), Limits, CancellationToken.None);

        Assert.Null(answer.StatusCode);
        Assert.Contains(reason, answer.Failure);
    }
}
