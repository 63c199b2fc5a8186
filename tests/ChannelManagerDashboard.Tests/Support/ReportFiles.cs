using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChannelManagerDashboard.Components.Reports;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.Exports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>The reports as the download endpoints write them, rendered outside any app, and read back as a document.</summary>
public static class ReportFiles
{
    private static readonly ReportRenderer Renderer = new(new ServiceCollection().AddLogging().BuildServiceProvider(), NullLoggerFactory.Instance);

    public static Task<string> CertificationAsync(CertificationReport report) =>
        Renderer.RenderAsync<CertificationReportDocument>(new Dictionary<string, object?> { [nameof(CertificationReportDocument.Report)] = report });

    public static Task<string> ReviewAsync(RunReview review) =>
        Renderer.RenderAsync<ReviewReportDocument>(new Dictionary<string, object?> { [nameof(ReviewReportDocument.Review)] = review });

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
