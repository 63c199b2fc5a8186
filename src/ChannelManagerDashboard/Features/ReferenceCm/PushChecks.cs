using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.ReferenceCm;

/// <summary>
/// The reference channel manager's checks of a push's own fields, which need nothing it knows: the envelope, the
/// entry lists, dates, prices and restriction states; each problem added once, at most <see cref="MaxErrors"/>.
/// </summary>
public static class PushChecks
{
    /// <summary>One error per distinct problem is plenty for a hotel to act on.</summary>
    public const int MaxErrors = 20;

    public static void RequireEnvelope(JsonElement body, List<MewsError> errors)
    {
        if (Text(body, "messageId") is null || Text(body, "responseUrl") is null)
            Add(errors, new MewsError(6, "The push has no messageId or responseUrl; both are required to confirm it."));
    }

    public static IEnumerable<JsonElement> Entries(JsonElement body, string name, bool required, List<MewsError> errors)
    {
        if (body.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            return list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object);
        if (required || (body.TryGetProperty(name, out var present) && present.ValueKind != JsonValueKind.Null))
            Add(errors, new MewsError(6, $"The push has no \"{name}\" array."));
        return [];
    }

    public static void CheckDates(JsonElement entry, string where, List<MewsError> errors)
    {
        if (!Date(entry, "from", out var from) || !Date(entry, "to", out var to))
            Add(errors, new MewsError(6, $"{where}: \"from\" and \"to\" must be dates written yyyy-MM-dd."));
        else if (from > to)
            Add(errors, new MewsError(7, $"{where}: the first night {from:yyyy-MM-dd} is after the last night {to:yyyy-MM-dd}."));
    }

    public static void CheckPrices(JsonElement entry, string where, List<MewsError> errors)
    {
        if (!entry.TryGetProperty("prices", out var prices) || prices.ValueKind != JsonValueKind.Array)
        {
            Add(errors, new MewsError(6, $"{where}: \"prices\" is missing."));
            return;
        }
        foreach (var price in prices.EnumerateArray())
        {
            var valid = price.ValueKind == JsonValueKind.Object
                && Number(price, "grossAmount") is >= 0 && Number(price, "netAmount") is >= 0
                && Text(price, "currencyCode") is { Length: 3 }
                && Number(price, "guestCount") is >= 1;
            if (!valid)
                Add(errors, new MewsError(6, $"{where}: every price needs grossAmount and netAmount (not negative), a 3-letter currencyCode and a guestCount of at least 1."));
        }
    }

    public static void CheckRestriction(JsonElement entry, string where, List<MewsError> errors)
    {
        var states = entry.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.Array
            ? state.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var v) ? v : -1).ToList()
            : [];
        var valid = states.SequenceEqual([1]) || (states.Contains(2) && states.Count > 1 && states.All(s => s is 2 or 6 or 7 or 8));
        if (!valid)
            Add(errors, new MewsError(6, $"{where}: state [{string.Join(",", states)}] is not documented; send [1] (open) or 2 with 6, 7 and/or 8."));
        var min = Number(entry, "minLos");
        var max = Number(entry, "maxLos");
        var whole = (min is null || decimal.IsInteger(min.Value)) && (max is null || decimal.IsInteger(max.Value));
        if (!whole || min is < 1 || max is < 1 || (min is not null && max is not null && max < min))
            Add(errors, new MewsError(7, $"{where}: minLos and maxLos must be whole numbers of nights, at least 1, with maxLos at least minLos (got {min?.ToString(CultureInfo.InvariantCulture) ?? "none"} and {max?.ToString(CultureInfo.InvariantCulture) ?? "none"})."));
    }

    public static void Add(List<MewsError> errors, MewsError error)
    {
        if (errors.Count < MaxErrors && !errors.Contains(error))
            errors.Add(error);
    }

    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : null;

    public static decimal? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number : null;

    public static bool Date(JsonElement element, string name, out DateOnly date)
    {
        date = default;
        return Text(element, name) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
