using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ErrorsResolvedCheckTests
{
    [Fact]
    public void S3_accepts_a_409_resubmitted_and_a_401_retried_with_a_new_token()
    {
        var body = With("\"RateId\":\"x\"");
        Assert.True(Review(new ErrorsResolvedCheck(), Request(0, "rates/updatePrice", TimeSpan.Zero, 409, body: body), Request(1, "rates/updatePrice", TimeSpan.FromSeconds(2), body: body)).Passed);
        Assert.True(Review(new ErrorsResolvedCheck(), Request(0, "rates/getAll", TimeSpan.Zero, 401, token: "old", body: body),
            Request(1, "rates/getAll", TimeSpan.FromSeconds(2), 401, token: "new", body: body), Request(2, "rates/getAll", TimeSpan.FromSeconds(3), token: "new", body: body)).Passed);
    }

    [Fact]
    public void S3_passes_an_error_a_later_request_resolves_and_fails_one_left_open()
    {
        var resolved = Review(new ErrorsResolvedCheck(), Request(0, "services/getAll", TimeSpan.Zero, 503), Request(1, "services/getAll", TimeSpan.FromSeconds(30)));
        Assert.True(resolved.Passed);
        Assert.True(resolved.Heuristic);

        var open = Review(new ErrorsResolvedCheck(), Request(0, "services/getAll", TimeSpan.Zero, 401), Request(1, "configuration/get", TimeSpan.FromSeconds(30)));
        Assert.False(open.Passed);
        var finding = Assert.Single(open.Findings);
        Assert.StartsWith("services/getAll: 1 call answered 401 and no later call to it succeeded; a 401 means", finding.Message);
        Assert.Equal([0], finding.Requests);
    }

    [Fact]
    public void S3_fails_a_refused_body_sent_again_unchanged_and_a_repeated_404_but_not_an_unchanged_retry_after_a_5xx()
    {
        var body = With("\"RateId\":\"x\"");
        var resent = Review(new ErrorsResolvedCheck(), Request(0, "rates/updatePrice", TimeSpan.Zero, 400, body: body), Request(1, "rates/updatePrice", TimeSpan.FromSeconds(5), 400, body: body),
            Request(2, "rates/updatePrice", TimeSpan.FromSeconds(9)));
        Assert.False(resent.Passed);
        Assert.Equal([1], Assert.Single(resent.Findings).Requests);

        var notFound = Review(new ErrorsResolvedCheck(), Request(0, "rates/getall", TimeSpan.Zero, 404), Request(1, "rates/getall", TimeSpan.FromSeconds(5), 404));
        Assert.Contains(notFound.Findings, f => f.Message.Contains("answered 404 2 times", StringComparison.Ordinal));

        var retried = Review(new ErrorsResolvedCheck(), Request(0, "rates/getAll", TimeSpan.Zero, 503, body: body), Request(1, "rates/getAll", TimeSpan.FromSeconds(5), 503, body: body),
            Request(2, "rates/getAll", TimeSpan.FromSeconds(20), body: body));
        Assert.True(retried.Passed);
    }
}
