namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>Get channels (M3): every sales channel and its numeric code. The docs' example has no <c>success</c>.</summary>
public sealed record ChannelsResponse
{
    public bool? Success { get; init; }
    public List<MewsChannel>? Channels { get; init; }

    internal static string? Missing(ChannelsResponse response) =>
        response.Channels is null ? "channels" : response.Channels.Any(c => c is null) ? "channels[]" : null;
}

public sealed record MewsChannel(int Code, string? Name);
