using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Hosting;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.MewsApi;

/// <summary>Where this app serves the Mews of <see cref="MewsEnvironment.Simulator"/>; the feature that serves it registers it.</summary>
public sealed record SimulatorPath(string Value);

/// <summary>Where each environment's Mews lives: Demo and Production from configuration, Simulator at this app's own address.</summary>
public sealed class MewsBaseUrls(IOptions<MewsApiOptions> options, SelfAddress self, SimulatorPath simulatorPath)
{
    /// <returns>The operation's absolute URL, or why the environment has no usable address.</returns>
    public Result<Uri> OperationUrl(MewsEnvironment environment, MewsOperation operation)
    {
        var found = BaseUrl(environment);
        return found.Value is { } baseUrl ? Result.Of(new Uri(baseUrl.ToString().TrimEnd('/') + MewsPaths.OperationPrefix + operation.Path)) : found;
    }

    /// <summary>Whether the environment's Mews is this app's own simulator, so what is sent to it arrives here.</summary>
    public bool IsThisApp(MewsEnvironment environment) =>
        environment == MewsEnvironment.Simulator && string.IsNullOrWhiteSpace(options.Value.SimulatorBaseUrl);

    /// <returns>The environment's base address (operations live under it), or why there is none.</returns>
    public Result<Uri> BaseUrl(MewsEnvironment environment)
    {
        var configured = environment switch
        {
            MewsEnvironment.Demo => options.Value.DemoBaseUrl,
            MewsEnvironment.Production => options.Value.ProductionBaseUrl,
            _ => options.Value.SimulatorBaseUrl,
        };
        if (environment == MewsEnvironment.Simulator && string.IsNullOrWhiteSpace(configured))
            configured = self.Current is { } own ? new Uri(own, simulatorPath.Value).ToString() : null;
        if (!Uri.TryCreate(configured?.TrimEnd('/'), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
            return Result.Failed(Result.Whole, $"The dashboard has no valid address for the {environment.Label()}: set {MewsApiOptions.Section}:{environment}BaseUrl in appsettings.json to an http or https URL.").As<Uri>();
        return Result.Of(baseUrl);
    }
}
