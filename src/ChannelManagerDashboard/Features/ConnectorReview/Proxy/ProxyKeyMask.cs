using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace ChannelManagerDashboard.Features.ConnectorReview.Proxy;

/// <summary>
/// Masks the recording key wherever a proxy path reaches the log (the request log's RequestPath, the hosting scope's
/// path on any line written during a proxied request): <c>/connector-proxy/****abcd/…</c>, enough to tell recordings apart.
/// </summary>
public sealed class ProxyKeyMask : ILogEventEnricher
{
    public const int ShownChars = 4;

    private static readonly Regex KeyInPath = new(Regex.Escape(ConnectorProxy.BasePath + "/") + @"(?<key>[^/?#\s""]+)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        // Every line passes here: nothing is allocated unless a property holds a proxy path.
        List<LogEventProperty>? masked = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && text.Contains(ConnectorProxy.BasePath + "/", StringComparison.OrdinalIgnoreCase))
                (masked ??= []).Add(new LogEventProperty(name, new ScalarValue(Mask(text))));
        }
        foreach (var property in masked ?? [])
            logEvent.AddOrUpdateProperty(property);
    }

    public static string Mask(string text) => KeyInPath.Replace(text, match =>
    {
        var key = match.Groups["key"].Value;
        return ConnectorProxy.BasePath + "/****" + (key.Length > 2 * ShownChars ? key[^ShownChars..] : "");
    });
}
