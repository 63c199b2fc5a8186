using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PropertyProfile;

public static class SnapshotChannels
{
    /// <returns>The channels stored with a snapshot, or null when none were (Get channels failed) or they cannot be read.</returns>
    public static IReadOnlyList<MewsChannel>? Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            return JsonSerializer.Deserialize<ChannelsResponse>(json, MewsJson.Options)?.Channels;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
