using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>A connection Get properties listed. The token lives only in memory until the user picks the connection.</summary>
/// <param name="Environment">The Mews it came from: picking it is refused if the project has moved to another since.</param>
public sealed record OfferedConnection(
    MewsEnvironment Environment, string PropertyId, string PropertyName, string ConnectionName, Secret Token, bool AlreadyChosen)
{
    public string TokenHint => Token.Mask;
}
