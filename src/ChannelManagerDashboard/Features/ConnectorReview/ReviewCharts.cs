using System.Globalization;
using System.Net;
using System.Text;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// The review's pictures as inline SVG, for the page and the exported report alike: calls per hour by operation with
/// errors marked, and each token's busiest 30 s against the limit. Each has a text twin (a table) next to it.
/// </summary>
public static class ReviewCharts
{
    /// <summary>Distinct at 3:1 against white and each other's neighbours (WCAG 1.4.11).</summary>
    public static readonly string[] Palette = ["#1f5fbf", "#b35900", "#2e7d32", "#8e24aa", "#00838f", "#6d4c41", "#c2185b", "#546e7a"];

    public const string ErrorColour = "#b00020";
    public const int MaxSeries = 7;

    /// <summary>The operations drawn each in its colour, busiest first; the rest share the last colour as "other".</summary>
    public static List<string> Series(ReviewReport report) =>
        report.Timeline.GroupBy(b => b.Operation).OrderByDescending(g => g.Sum(b => b.Calls)).Select(g => g.Key).Take(MaxSeries).ToList();

    public static string Timeline(ReviewReport report)
    {
        var hours = report.Timeline.GroupBy(b => b.Hour).OrderBy(g => g.Key).ToList();
        if (hours.Count == 0)
            return "";
        var series = Series(report);
        var first = hours[0].Key;
        var span = Math.Max(1, (int)(hours[^1].Key - first).TotalHours + 1);
        var peak = Math.Max(1, hours.Max(h => h.Sum(b => b.Calls)));
        const int width = 720, height = 220, left = 40, bottom = 30, top = 12;
        var bar = (width - left - 10) / (double)span;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"timeline-title\" class=\"review-chart\" id=\"timeline-chart\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"timeline-title\">Calls per hour over {span} hours, by operation; red marks are hours with errors. The table of calls per hour lists the same counts.</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - 10}\" y2=\"{height - bottom}\" stroke=\"#54545e\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{top + 4}\" text-anchor=\"end\" font-size=\"10\" fill=\"#33333a\">{peak}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 4}\" y=\"{height - bottom}\" text-anchor=\"end\" font-size=\"10\" fill=\"#33333a\">0</text>");
        foreach (var hour in hours)
        {
            var x = left + (hour.Key - first).TotalHours * bar;
            var y = (double)(height - bottom);
            foreach (var bucket in hour.OrderBy(b => Slot(series, b.Operation)))
            {
                var h = bucket.Calls / (double)peak * (height - bottom - top);
                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(1, bar - 1):0.##}\" height=\"{h:0.##}\" fill=\"{Palette[Slot(series, bucket.Operation)]}\"><title>{E(bucket.Operation)}: {Counted.Of(bucket.Calls, "call")}, {Counted.Of(bucket.Errors, "error")}, {hour.Key.UtcDateTime:yyyy-MM-dd HH}:00 UTC</title></rect>");
            }
            if (hour.Sum(b => b.Errors) is var errors and > 0)
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.##}\" y=\"{height - bottom + 3}\" width=\"{Math.Max(2, bar - 1):0.##}\" height=\"6\" fill=\"{ErrorColour}\"><title>{Counted.Of(errors, "error")} in the hour from {hour.Key.UtcDateTime:yyyy-MM-dd HH}:00 UTC</title></rect>");
        }
        foreach (var tick in Enumerable.Range(0, span).Where(i => i % Math.Max(1, span / 8) == 0))
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + tick * bar:0.##}\" y=\"{height - 6}\" font-size=\"10\" fill=\"#33333a\">{first.AddHours(tick).UtcDateTime:dd HH}h</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Peaks(ReviewReport report)
    {
        if (report.Peaks.Count == 0)
            return "";
        const int row = 26, left = 150, width = 720;
        var max = Math.Max(Checks.RateCheck.Limit * 1.1, report.Peaks.Max(p => p.Calls));
        var height = report.Peaks.Count * row + 30;
        double X(double calls) => left + calls / max * (width - left - 20);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"peaks-title\" class=\"review-chart\" id=\"peaks-chart\" preserveAspectRatio=\"xMinYMin meet\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"peaks-title\">Busiest 30 seconds per AccessToken against the limit of {Checks.RateCheck.Limit}; the dashed line at {Checks.RateCheck.Warning} is our warning.</title>");
        foreach (var (peak, i) in report.Peaks.Select((p, i) => (p, i)))
        {
            var y = 8 + i * row;
            var colour = peak.Calls > Checks.RateCheck.Limit ? ErrorColour : peak.Calls > Checks.RateCheck.Warning ? Palette[1] : Palette[0];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{y + 14}\" text-anchor=\"end\" font-size=\"11\" fill=\"#33333a\">{E(peak.Token)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{X(peak.Calls) - left:0.##}\" height=\"18\" fill=\"{colour}\"><title>{peak.Calls} calls in 30 s</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(peak.Calls) + 4:0.##}\" y=\"{y + 14}\" font-size=\"11\" fill=\"#33333a\">{peak.Calls}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(Checks.RateCheck.Limit):0.##}\" y1=\"0\" x2=\"{X(Checks.RateCheck.Limit):0.##}\" y2=\"{height - 18}\" stroke=\"{ErrorColour}\" stroke-width=\"2\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(Checks.RateCheck.Limit):0.##}\" y=\"{height - 4}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{ErrorColour}\">limit {Checks.RateCheck.Limit}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(Checks.RateCheck.Warning):0.##}\" y1=\"0\" x2=\"{X(Checks.RateCheck.Warning):0.##}\" y2=\"{height - 18}\" stroke=\"#54545e\" stroke-dasharray=\"4 3\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int Slot(List<string> series, string operation) => series.IndexOf(operation) is var i and >= 0 ? i : Palette.Length - 1;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
