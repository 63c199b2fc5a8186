using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// The call's time zone must be one picked from the list: a typed name the dashboard does not know is refused with
/// the closest names, never swapped silently for another zone.
/// </summary>
public static class TimeZoneRule
{
    /// <summary>The zones offered in the list, by their IANA names (e.g. Europe/Prague).</summary>
    public static IReadOnlyList<string> Known { get; } = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal).ToArray();

    private const int MostSuggestions = 3;

    public static bool IsKnown(string zone) => Known.Contains(zone.Trim(), StringComparer.Ordinal);

    /// <returns>Ok when <paramref name="zone"/> is empty (not picked yet) or known, otherwise why it is refused, on the zone's field.</returns>
    public static Result Check(string? zone)
    {
        var typed = zone?.Trim() ?? "";
        if (typed.Length == 0 || IsKnown(typed))
            return Result.Ok();
        var close = Suggest(typed);
        var hint = close.Count > 0 ? $" Did you mean {string.Join(" or ", close)}?" : "";
        return Result.Invalid(nameof(PreparationInput.CertificationCallTimeZone),
            $"'{typed}' is not a time zone the dashboard knows, so it is not saved.{hint} Type part of the name and pick it from the list.");
    }

    /// <summary>Names that contain the typed text, then names a few typing mistakes away, closest first.</summary>
    public static IReadOnlyList<string> Suggest(string typed)
    {
        var text = typed.Trim();
        var tolerance = Math.Max(2, text.Length / 4);
        return Known
            .Select(z => (Zone: z, Distance: z.Contains(text, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(text, z)))
            .Where(c => c.Distance <= tolerance)
            .OrderBy(c => c.Distance).ThenBy(c => c.Zone.Length).ThenBy(c => c.Zone, StringComparer.Ordinal)
            .Take(MostSuggestions)
            .Select(c => c.Zone)
            .ToList();
    }

    /// <summary>Edits (insert, delete, replace) between two names, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }
            previous = current;
        }
        return previous[b.Length];
    }
}
