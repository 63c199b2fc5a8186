using ChannelManagerDashboard.Features.Projects;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>Where each environment's Mews lives: Demo and Production from configuration, Simulator at this app's own address.</summary>
public sealed class MewsBaseUrls(IOptions<MewsApiOptions> options, SelfAddress self)
{
    public const string SimulatorPath = "/simulator/mews";
    public const string OperationPrefix = "/api/channelManager/v1/";

    /// <returns>The operation's absolute URL, or null with the reason when the environment has no usable address.</returns>
    public (Uri? Url, string? Problem) OperationUrl(MewsEnvironment environment, MewsOperation operation)
    {
        var (baseUrl, problem) = BaseUrl(environment);
        return baseUrl is null ? (null, problem) : (new Uri(baseUrl.ToString().TrimEnd('/') + OperationPrefix + operation.Path), null);
    }

    /// <summary>Whether the environment's Mews is this app's own simulator, so what is sent to it arrives here.</summary>
    public bool IsThisApp(MewsEnvironment environment) =>
        environment == MewsEnvironment.Simulator && string.IsNullOrWhiteSpace(options.Value.SimulatorBaseUrl);

    /// <returns>The environment's base address (operations live under it), or null with the reason.</returns>
    public (Uri? Url, string? Problem) BaseUrl(MewsEnvironment environment)
    {
        var configured = environment switch
        {
            MewsEnvironment.Demo => options.Value.DemoBaseUrl,
            MewsEnvironment.Production => options.Value.ProductionBaseUrl,
            _ => options.Value.SimulatorBaseUrl,
        };
        if (environment == MewsEnvironment.Simulator && string.IsNullOrWhiteSpace(configured))
            configured = self.Current is { } own ? new Uri(own, SimulatorPath).ToString() : null;
        if (!Uri.TryCreate(configured?.TrimEnd('/'), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
            return (null, $"The dashboard has no valid address for Mews {environment}: set {MewsApiOptions.Section}:{environment}BaseUrl in appsettings.json to an http(s) URL.");
        return (baseUrl, null);
    }
}
