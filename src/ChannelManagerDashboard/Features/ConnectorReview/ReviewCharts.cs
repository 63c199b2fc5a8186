using System.Globalization;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Where the review's pictures put their marks (<see cref="TimelineChart"/> and <see cref="PeaksChart"/> draw them as
/// inline SVG, for the page and the exported report alike): requests per hour by operation with errors marked, and each
/// token's busiest 30 s against the limit. Each has a text twin (a table) next to it.
/// </summary>
public static class ReviewCharts
{
    /// <summary>Distinct at 3:1 against white and each other's neighbours (WCAG 1.4.11).</summary>
    public static readonly string[] Palette = ["#1f5fbf", "#b35900", "#2e7d32", "#8e24aa", "#00838f", "#6d4c41", "#c2185b", "#546e7a"];

    public const string ErrorColour = "#b00020";
    public const int MaxSeries = 7;

    public const int Width = 720;

    /// <summary>The timeline's frame: the bars start right of the count labels and stand on the axis above the hour labels.</summary>
    public const int TimelineHeight = 220, TimelineLeft = 40, TimelineBottom = 30, TimelineTop = 12;

    /// <summary>The peaks' rows, right of the token labels.</summary>
    public const int PeakRow = 26, PeaksLeft = 150;

    /// <summary>The operations drawn each in its colour, busiest first; the rest share the last colour as "other".</summary>
    public static List<string> Series(ReviewReport report) =>
        report.Timeline.GroupBy(b => b.Operation).OrderByDescending(g => g.Sum(b => b.Requests)).Select(g => g.Key).Take(MaxSeries).ToList();

    /// <returns>The timeline's bars; null for a run without requests.</returns>
    public static TimelineLayout? Timeline(ReviewReport report)
    {
        var hours = report.Timeline.GroupBy(b => b.Hour).OrderBy(g => g.Key).ToList();
        if (hours.Count == 0)
            return null;
        var series = Series(report);
        var first = hours[0].Key;
        var span = Math.Max(1, (int)(hours[^1].Key - first).TotalHours + 1);
        var peak = Math.Max(1, hours.Max(h => h.Sum(b => b.Requests)));
        const int axis = TimelineHeight - TimelineBottom;
        var bar = (Width - TimelineLeft - 10) / (double)span;
        var (bars, errors) = (new List<ChartBar>(), new List<ChartBar>());
        foreach (var hour in hours)
        {
            var x = TimelineLeft + (hour.Key - first).TotalHours * bar;
            var y = (double)axis;
            foreach (var bucket in hour.OrderBy(b => Slot(series, b.Operation)))
            {
                var h = bucket.Requests / (double)peak * (axis - TimelineTop);
                y -= h;
                bars.Add(new(N(x), N(y), N(Math.Max(1, bar - 1)), N(h), Palette[Slot(series, bucket.Operation)],
                    string.Create(CultureInfo.InvariantCulture, $"{bucket.Operation}: {Counted.Of(bucket.Requests, "call")}, {Counted.Of(bucket.Errors, "error")}, {hour.Key.UtcDateTime:yyyy-MM-dd HH}:00 UTC")));
            }
            if (hour.Sum(b => b.Errors) is var count and > 0)
                errors.Add(new(N(x), N(axis + 3), N(Math.Max(2, bar - 1)), "6", ErrorColour,
                    string.Create(CultureInfo.InvariantCulture, $"{Counted.Of(count, "error")} in the hour from {hour.Key.UtcDateTime:yyyy-MM-dd HH}:00 UTC")));
        }
        var ticks = Enumerable.Range(0, span).Where(i => i % Math.Max(1, span / 8) == 0)
            .Select(tick => new ChartLabel(N(TimelineLeft + tick * bar), string.Create(CultureInfo.InvariantCulture, $"{first.AddHours(tick).UtcDateTime:dd HH}h"))).ToList();
        return new(span, peak, bars, errors, ticks);
    }

    /// <returns>Each token's bar against the limit; null when no token called.</returns>
    public static PeaksLayout? Peaks(ReviewReport report)
    {
        if (report.Peaks.Count == 0)
            return null;
        var max = Math.Max(RateCheck.Limit * 1.1, report.Peaks.Max(p => p.Requests));
        double X(double requests) => PeaksLeft + requests / max * (Width - PeaksLeft - 20);
        var rows = report.Peaks.Select((peak, i) => new PeakMark(8 + i * PeakRow, peak.Token, peak.Requests, N(X(peak.Requests) - PeaksLeft), N(X(peak.Requests) + 4),
            peak.Requests > RateCheck.Limit ? ErrorColour : peak.Requests > RateCheck.Warning ? Palette[1] : Palette[0])).ToList();
        return new(report.Peaks.Count * PeakRow + 30, rows, N(X(RateCheck.Limit)), N(X(RateCheck.Warning)));
    }

    private static int Slot(List<string> series, string operation) => series.IndexOf(operation) is var i and >= 0 ? i : Palette.Length - 1;

    /// <summary>SVG coordinates read the same in every culture.</summary>
    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <param name="Title">What the bar stands for, shown on hover and read by screen readers.</param>
public sealed record ChartBar(string X, string Y, string Width, string Height, string Fill, string Title);

public sealed record ChartLabel(string X, string Text);

/// <param name="Span">Hours from the first to the last request's.</param>
/// <param name="Peak">The busiest hour's requests, the top of the scale.</param>
/// <param name="Errors">A mark under each hour with errors.</param>
public sealed record TimelineLayout(int Span, int Peak, IReadOnlyList<ChartBar> Bars, IReadOnlyList<ChartBar> Errors, IReadOnlyList<ChartLabel> Ticks);

/// <param name="LimitX">Where the limit's line stands; <paramref name="WarningX"/> is our warning's.</param>
public sealed record PeaksLayout(int Height, IReadOnlyList<PeakMark> Rows, string LimitX, string WarningX);

/// <param name="Y">The row's top.</param>
/// <param name="BarWidth">The bar's length from the token labels; <paramref name="CountX"/> is where its count stands.</param>
public sealed record PeakMark(int Y, string Token, int Requests, string BarWidth, string CountX, string Fill);
