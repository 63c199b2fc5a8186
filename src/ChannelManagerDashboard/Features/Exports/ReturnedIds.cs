using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Exports;

/// <summary>
/// The ids an exchange carried (the spreadsheet Mews partners fill in asks for "ids returned"): reservation and group
/// codes, confirmation numbers, channel manager ids, message and request ids, read from the bodies' JSON.
/// </summary>
public static class ReturnedIds
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "confirmationNumber", "channelManagerId", "messageId", "relatedMessageId", "requestId", "reservationId", "groupId",
    };

    /// <summary>Where a <c>code</c> is a booking's or a reservation's; elsewhere (guest counts, sources, products) it names a kind.</summary>
    private static readonly HashSet<string> CodeHolders = new(StringComparer.OrdinalIgnoreCase) { "", "group", "groups", "reservation", "reservations" };

    private const int MaxIds = 20;

    public static IReadOnlyList<string> From(params string[] bodies)
    {
        var found = new List<string>();
        foreach (var body in bodies.Where(b => b.TrimStart().StartsWith('{') || b.TrimStart().StartsWith('[')))
        {
            // A body cut for size or not JSON carries no id we can read.
            using var json = JsonBody.Parse(body).Value;
            if (json is not null)
                Collect(json.RootElement, "", found);
        }
        return found.Distinct().Take(MaxIds).ToList();
    }

    /// <param name="holder">The property whose value <paramref name="element"/> is (or whose array holds it); empty at the root.</param>
    private static void Collect(JsonElement element, string holder, List<string> found)
    {
        if (found.Count >= MaxIds * 4)
            return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var isId = Names.Contains(property.Name) || (property.NameEquals("code") && CodeHolders.Contains(holder));
                    if (isId && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number && property.Value.ToString() is { Length: > 0 and <= 100 } id)
                        found.Add($"{property.Name} {id}");
                    // An error's code says what went wrong; it is no id.
                    else if (!property.NameEquals("errors") && !property.NameEquals("error"))
                        Collect(property.Value, property.Name, found);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Collect(item, holder, found);
                break;
        }
    }
}
