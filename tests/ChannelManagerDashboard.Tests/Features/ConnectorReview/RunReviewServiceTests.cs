using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class RunReviewServiceTests : ConnectorTest
{
    [Fact]
    public async Task The_review_exports_as_Markdown_and_HTML_naming_requests_without_tokens()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        var run = (await Connector.Runs.AddSampleAsync(id, SampleVersion.WithMistakes, "Jana")).Value;
        var review = (await Connector.Reviews.RunReviewAsync(id, run))!;

        var markdown = ReviewDocument.Markdown(review);
        var html = await ReportFiles.ReviewAsync(review);

        Assert.Contains("## S9 Deprecations: failed", markdown);
        Assert.Contains("  - call #", markdown);
        Assert.Contains("| customers/getAll |", markdown);
        Assert.Contains("<svg viewBox", html);
        Assert.Contains("id=\"S4\"", html);
        Assert.DoesNotContain("7059D2C25BF64EA6", markdown + html);
        Assert.DoesNotContain("E0D439EE522F4436", markdown + html);
    }
}
