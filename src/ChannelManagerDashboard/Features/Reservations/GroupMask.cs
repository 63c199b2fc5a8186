using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>A Process group as evidence may keep it: tokens masked, the card number cut to its last four digits, no CVV.</summary>
public static partial class GroupMask
{
    public static string Mask(string body, SecretScrubber tokens)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            parsed = null;
        }
        if (parsed is not JsonObject group)
            return tokens.Scrub(CardLike().Replace(body, m => TestCards.Mask(m.Value)));
        foreach (var field in new[] { "clientToken", "connectionToken" })
        {
            if (group[field] is JsonValue value && value.TryGetValue<string>(out var token))
                group[field] = TokenMask.Mask(token);
        }
        if (group["paymentCard"] is JsonObject card)
        {
            if (card["number"] is JsonValue number && number.TryGetValue<string>(out var digits))
                card["number"] = TestCards.Mask(digits);
            if (card.ContainsKey("cvv"))
                card["cvv"] = "•••";
        }
        // A card number anywhere else (a comment, a note) is cut as well.
        return tokens.Scrub(CardLike().Replace(group.ToJsonString(), m => TestCards.Mask(m.Value)));
    }

    [GeneratedRegex(@"(?<!\d)\d{13,19}(?!\d)")]
    private static partial Regex CardLike();
}
