namespace ChannelManagerDashboard.Features.TestTracker;

/// <summary>
/// The half of an automatic pass a person checks, as the run wrote it into the test's notes: the exact thing a person
/// attests with "I checked it", spot checks included.
/// </summary>
public static class HumanHalf
{
    public const string Marker = "Still check by hand: ";

    /// <returns>What the run asked a person to check; the test's expected outcome when the notes do not say.</returns>
    public static string Of(TestRow row)
    {
        var at = row.Notes.LastIndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
            return row.Test.Expected;
        var text = row.Notes[(at + Marker.Length)..];
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim();
    }

    /// <summary>The automatic passes waiting for a person, each with what confirming it attests.</summary>
    public static IReadOnlyList<(string Name, string Detail)> Waiting(IEnumerable<TestRow> rows) =>
        rows.Where(r => r.NeedsHumanCheck).Select(r => ($"{r.Test.Id} · {r.Test.Name}", Of(r))).ToList();
}
