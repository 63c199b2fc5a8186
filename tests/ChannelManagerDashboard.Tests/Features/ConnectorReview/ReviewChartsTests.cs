using System.Globalization;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ReviewChartsTests
{
    private static ReviewReport Sample()
    {
        var declared = DeclaredWorkflow.Parse(SampleIntegration.DeclaredJson, ConnectorCatalog.Shipped).Value!;
        return ConnectorReviewer.Review(JsonLinesLog.Read(new StringReader(string.Join('\n', SampleIntegration.JsonLines(SampleVersion.WithMistakes)))), ConnectorCatalog.Shipped, declared);
    }

    [Fact]
    public void The_timeline_spans_the_run_marks_the_hours_with_errors_and_names_each_bar()
    {
        var timeline = ReviewCharts.Timeline(Sample())!;

        Assert.Equal(49, timeline.Span);
        Assert.NotEmpty(timeline.Errors);
        Assert.All(timeline.Errors, e => Assert.Equal(ReviewCharts.ErrorColour, e.Fill));
        Assert.Contains(timeline.Bars, b => b.Title.StartsWith("reservations/getAll/2023-06-06: ", StringComparison.Ordinal));
        Assert.Equal("23 09h", timeline.Ticks[0].Text);
    }

    [Fact]
    public void A_token_over_the_limit_is_drawn_in_the_error_colour()
    {
        var peaks = ReviewCharts.Peaks(Sample())!;

        Assert.Contains(peaks.Rows, r => r.Fill == ReviewCharts.ErrorColour && r.Requests > 200);
        Assert.Equal(peaks.Rows.Count * ReviewCharts.PeakRow + 30, peaks.Height);
    }

    [Fact]
    public void Coordinates_read_the_same_in_every_culture_and_an_empty_run_draws_nothing()
    {
        var report = Sample();
        var saved = CultureInfo.CurrentCulture;
        string Coordinates() => string.Join(' ', ReviewCharts.Timeline(report)!.Bars.Select(b => b.X + "," + b.Y + "," + b.Height));
        var invariant = Coordinates();
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, Coordinates());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.DoesNotContain(",", invariant.Split(' ')[0].Split(',')[0]);
        var empty = ConnectorReviewer.Review([], ConnectorCatalog.Shipped, DeclaredWorkflow.Parse(SampleIntegration.DeclaredJson, ConnectorCatalog.Shipped).Value!);
        Assert.Null(ReviewCharts.Timeline(empty));
        Assert.Null(ReviewCharts.Peaks(empty));
    }
}
