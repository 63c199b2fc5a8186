using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Features.PropertyConnections;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What a Play Mews run pushes with: the connection's tokens, where Mews answers, and the first night, from today.</summary>
public sealed class HarnessScopes(ConnectionService connections, MewsBaseUrls baseUrls, SimulatorSeed simulator, ConfirmationInbox confirmations, TimeProvider clock)
{
    /// <param name="inactiveConnectionToken">ERR-05's token; empty means the simulator's deactivated connection, or a random one.</param>
    /// <returns>The scope, or why the connection's tokens or the Mews address cannot be had.</returns>
    public async Task<Result<HarnessScope>> ForAsync(int projectId, int connectionId, MappingView mapping, PropertyProfileData profile, Secret inactiveConnectionToken)
    {
        var found = await connections.TokensForAsync(projectId, connectionId);
        if (found.Value is not { } tokens)
            return found.As<HarnessScope>();
        var address = baseUrls.BaseUrl(mapping.Project.Environment);
        if (address.Value is not { } mewsBase)
            return address.As<HarnessScope>();
        return Result.Of(new HarnessScope(profile, HarnessScope.MappedIn(profile, mapping.State), tokens.ClientToken, tokens.ConnectionToken,
            InactiveToken(inactiveConnectionToken, mapping.Project.Environment), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), mewsBase.ToString(),
            baseUrls.IsThisApp(mapping.Project.Environment) ? confirmations : null));
    }

    private Secret InactiveToken(Secret typed, MewsEnvironment environment) =>
        !typed.IsEmpty ? typed
        : environment == MewsEnvironment.Simulator && simulator.Connections.FirstOrDefault(c => !c.Active) is { } inactive ? new Secret(inactive.Token)
        : HarnessScope.UnknowableToken();
}
