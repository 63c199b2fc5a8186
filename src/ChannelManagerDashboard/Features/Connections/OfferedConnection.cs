namespace ChannelManagerDashboard.Features.Connections;

/// <summary>A connection Get properties listed. The token lives only in memory until the user picks the connection.</summary>
public sealed record OfferedConnection(string PropertyId, string PropertyName, string ConnectionName, string Token, bool AlreadyChosen)
{
    public string TokenHint => MewsApi.TokenMask.Mask(Token);
}
