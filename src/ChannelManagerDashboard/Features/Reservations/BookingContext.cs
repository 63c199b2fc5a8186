using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>What a booking's codes are checked against: the property's configuration and the channels Mews lists.</summary>
public sealed record BookingContext(IReadOnlySet<string> SpaceTypeCodes, IReadOnlySet<string> RatePlanCodes, IReadOnlySet<int> ChannelCodes)
{
    /// <param name="channels">A Get channels response.</param>
    public static BookingContext From(PropertyConfiguration configuration, JsonNode? channels) => new(
        configuration.SpaceTypes.Select(s => s.Code).ToHashSet(),
        configuration.RatePlans.Select(r => r.Code).ToHashSet(),
        (channels?["channels"] as JsonArray ?? []).Select(c => c?["code"]?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? c["code"]!.GetValue<int>() : -1)
            .Where(code => code >= 0).ToHashSet());
}
