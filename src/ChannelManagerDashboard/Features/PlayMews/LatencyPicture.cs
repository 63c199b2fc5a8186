namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// A run's latency per message as a chart draws it: at most <see cref="MaxPoints"/> points (the slowest message of each
/// stretch, so a spike is never averaged away), and the same facts in words.
/// </summary>
/// <param name="Stretch">How many messages one point stands for (1 unless the run is longer than <see cref="MaxPoints"/>).</param>
public sealed record LatencyPicture(IReadOnlyList<double> Points, IReadOnlyList<string> Labels, string Caption, int Stretch)
{
    public const int MaxPoints = 120;

    /// <summary>Up to this many bars each carry their value; more would crowd each other.</summary>
    public const int MaxValueLabels = 24;

    public bool ShowValues => Points.Count <= MaxValueLabels;

    /// <summary>Up to this many bars keep their values and every number on a narrow screen.</summary>
    public const int MaxNarrowLabels = 10;

    public bool Crowded => Points.Count > MaxNarrowLabels;

    /// <summary>Every second numbered bar, whose number a narrow screen leaves out so the others stay apart.</summary>
    public bool Minor(int index) => Labels[index].Length > 0 && Labels.Take(index).Count(l => l.Length > 0) % 2 == 1;

    public double Slowest => Points.Max();

    public string XAxisTitle => Stretch == 1
        ? $"Message 1, 2… {Points.Count}, in the order sent"
        : $"Messages in the order sent, {Stretch} a bar (the slowest of them)";

    public const string YAxisTitle = "Answer time (ms)";

    /// <summary>A bar's height as a share of the tallest, in percent; a zero-latency bar still shows a sliver.</summary>
    public double Height(int index) => Slowest <= 0 ? 1 : Math.Max(1, Points[index] / Slowest * 100);

    public static LatencyPicture? Of(IReadOnlyList<ExchangeEvidence> evidence)
    {
        var sent = evidence.Where(e => e.Url.Length > 0).ToList();
        if (sent.Count < 2)
            return null;
        var stretch = (int)Math.Ceiling(sent.Count / (double)MaxPoints);
        var points = sent.Chunk(stretch).Select(c => (double)c.Max(e => e.LatencyMs)).ToList();
        // A label every tenth point at most, or the axis turns into a smear.
        var every = Math.Max(1, points.Count / 10);
        var labels = points.Select((_, i) => i % every == 0 ? (i * stretch + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "").ToList();
        var sorted = sent.Select(e => e.LatencyMs).Order().ToList();
        var slowest = sent.Select((e, i) => (e, i)).MaxBy(x => x.e.LatencyMs);
        var caption = $"{sent.Count} messages: median {Percentile(sorted, 0.5)} ms, 95th percentile {Percentile(sorted, 0.95)} ms, " +
            $"slowest {slowest.e.LatencyMs} ms (message {slowest.i + 1}, {slowest.e.Label})." +
            (stretch > 1 ? $" Each point is the slowest of {stretch} messages." : "");
        return new LatencyPicture(points, labels, caption, stretch);
    }

    private static long Percentile(IReadOnlyList<long> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
