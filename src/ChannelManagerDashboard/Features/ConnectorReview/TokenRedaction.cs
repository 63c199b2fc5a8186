using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Takes the tokens out of a Connector API body before anything keeps it: the ClientToken and AccessToken values become
/// "[redacted]", and the AccessToken leaves only a hash (the rate limit is per AccessToken). Works on text, so a body
/// that is cut or not JSON is redacted too.
/// </summary>
public static partial class TokenRedaction
{
    public const string Redacted = "[redacted]";

    public static (string Body, string? AccessTokenHash) Redact(string body)
    {
        string? hash = null;
        var redacted = TokenValue().Replace(body, match =>
        {
            if (match.Groups["name"].Value == "AccessToken")
                hash ??= Hash(Regex.Unescape(match.Groups["value"].Value));
            return $"{match.Groups["head"].Value}\"{Redacted}\"";
        });
        return (redacted, hash);
    }

    /// <summary>16 hex digits of SHA-256: enough to tell a run's tokens apart, nothing to sign in with.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];

    // A value cut off by a size limit runs to the end of the text: it is redacted all the same.
    [GeneratedRegex(@"(?<head>""(?<name>ClientToken|AccessToken)""\s*:\s*)""(?<value>(?:[^""\\]|\\.)*)(?:""|\\?$)")]
    private static partial Regex TokenValue();
}
