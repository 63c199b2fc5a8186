namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>A connection Get properties listed. The token lives only in memory until the user picks the connection.</summary>
/// <param name="Environment">The Mews it came from: picking it is refused if the project has moved to another since.</param>
public sealed record OfferedConnection(
    Projects.MewsEnvironment Environment, string PropertyId, string PropertyName, string ConnectionName, string Token, bool AlreadyChosen)
{
    public string TokenHint => MewsApi.TokenMask.Mask(Token);
}
