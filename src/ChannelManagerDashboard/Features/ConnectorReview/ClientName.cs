using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// A request's Client as Mews reads it: the application's name and its version (Q3), e.g. "Acme Revenue 2.4.1". Mews
/// finds an integration's demo activity by this name, so it must be the integration's own.
/// </summary>
/// <param name="Text">The Client as sent.</param>
public sealed partial record ClientName(string Text, string Name, string? Version)
{
    /// <summary>
    /// Ours: words that say what a client is built with or for, not whose it is. A name made of these only (e.g.
    /// "Go-http-client", "tap-mews", "Mews SDK", "Sample Client") is a library's or an example's default.
    /// </summary>
    public static readonly IReadOnlySet<string> GenericWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "sample", "example", "test", "testing", "demo", "my", "your", "app", "application", "client", "default", "sdk", "api", "connector", "mews",
        "http", "https", "rest", "library", "lib", "go", "golang", "python", "requests", "node", "nodejs", "fetch", "axios", "java", "dotnet", "net",
        "csharp", "okhttp", "apache", "httpclient", "curl", "wget", "postman", "insomnia", "mcp", "server", "tap", "singer", "integration", "agent",
        "bot", "script", "tool", "unknown", "user", "v",
    };

    public static ClientName Parse(string client)
    {
        var match = VersionPattern().Match(client);
        if (!match.Success)
            return new(client, client.Trim(), null);
        var name = (client[..match.Index] + client[(match.Index + match.Length)..]).Trim(' ', '/', '@', '-', '_', ':', ';', ',', '(', ')');
        return new(client, name, match.Groups[1].Value);
    }

    /// <summary>Ours: every word of the name is generic, so it says nothing of whose integration this is.</summary>
    public bool IsGeneric => Words().Split(Name.ToLowerInvariant()).Where(w => w.Length > 0).All(GenericWords.Contains);

    [GeneratedRegex(@"(?<![\w.])v?(\d+\.\d+(?:\.\d+)*(?:[-+][0-9A-Za-z.-]+)?)")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Words();
}
