using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Domain.Inventory;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>What a booking's codes are checked against: the property's configuration and the channels Mews lists.</summary>
/// <param name="Sold">The rate plan × space type pairs the configuration's inventoryMappings sell.</param>
public sealed record BookingContext(
    IReadOnlySet<string> SpaceTypeCodes, IReadOnlySet<string> RatePlanCodes, IReadOnlySet<int> ChannelCodes,
    IReadOnlySet<(string Rate, string Space)> Sold, IReadOnlySet<string> ProductCodes)
{
    /// <param name="channels">A Get channels response.</param>
    public static BookingContext From(PropertyProfileData profile, JsonNode? channels) => From(profile,
        (channels?["channels"] as JsonArray ?? []).Select(c => c?["code"]?.GetValueKind() == JsonValueKind.Number ? c["code"]!.GetValue<int>() : -1).Where(code => code >= 0));

    /// <param name="channelCodes">The codes Get channels lists.</param>
    public static BookingContext From(PropertyProfileData profile, IEnumerable<int> channelCodes) => new(
        profile.SpaceTypes.Select(s => s.Code).ToHashSet(),
        profile.RatePlans.Select(r => r.Code).ToHashSet(),
        channelCodes.ToHashSet(),
        profile.Combinations.Select(c => (c.RatePlanCode, c.SpaceTypeCode)).ToHashSet(),
        (profile.Response.Products ?? []).Select(p => p.Code).ToHashSet());
}
