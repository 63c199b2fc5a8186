namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>The Mews-side operations the dashboard calls, with their URL segment and the name people use.</summary>
public sealed record MewsOperation(string Path, string Title)
{
    public static MewsOperation GetProperties { get; } = new("getProperties", "Get properties");
    public static MewsOperation GetConfiguration { get; } = new("getConfiguration", "Get configuration");
    public static MewsOperation GetChannels { get; } = new("getChannels", "Get channels");
}
