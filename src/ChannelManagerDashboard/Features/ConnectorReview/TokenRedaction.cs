using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Takes the tokens out of a Connector API body or URL before anything keeps it: the ClientToken and AccessToken values
/// become "[redacted]" (names matched in any case, camelCase included), and the AccessToken leaves only a hash (the
/// rate limit is per AccessToken). Works on text, so a body that is cut or not JSON is redacted too.
/// </summary>
public static partial class TokenRedaction
{
    public const string Redacted = "[redacted]";

    public static (string Body, string? AccessTokenHash) Redact(string body)
    {
        string? hash = null;
        var redacted = TokenValue().Replace(body, match =>
        {
            if (match.Groups["name"].Value.Equals("AccessToken", StringComparison.OrdinalIgnoreCase))
                hash ??= Hash(Unescape(match.Groups["value"].Value));
            return $"{match.Groups["head"].Value}\"{Redacted}\"";
        });
        return (redacted, hash);
    }

    /// <summary>A URL with token query parameters (and any token left in its text) redacted.</summary>
    public static string RedactUrl(string url) => Redact(QueryToken().Replace(url, match => match.Groups["head"].Value + Redacted)).Body;

    /// <summary>16 hex digits of SHA-256: enough to tell a run's tokens apart, nothing to sign in with.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];

    private static string Unescape(string value)
    {
        try
        {
            return Regex.Unescape(value);
        }
        catch (RegexParseException)
        {
            return value;
        }
    }

    // A value cut off by a size limit runs to the end of the text: it is redacted all the same.
    [GeneratedRegex(@"(?<head>""(?<name>ClientToken|AccessToken)""\s*:\s*)""(?<value>(?:[^""\\]|\\.)*)(?:""|\\?$)", RegexOptions.IgnoreCase)]
    private static partial Regex TokenValue();

    [GeneratedRegex(@"(?<head>[?&;](?:ClientToken|AccessToken)=)[^&#;]*", RegexOptions.IgnoreCase)]
    private static partial Regex QueryToken();
}
