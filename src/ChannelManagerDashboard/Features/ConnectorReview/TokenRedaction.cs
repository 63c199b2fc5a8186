using System.Security.Cryptography;
using System.Text;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Takes the secrets out of a Connector API body or URL before anything keeps it (import and proxy alike): ClientToken,
/// AccessToken and card security codes become "[redacted]", a card number keeps its last four digits, and the
/// AccessToken leaves only a hash (the rate limit is per AccessToken). Names count however they are spelled: any letter
/// case, JSON escapes, percent-encoding. A JSON body is read by its structure (<see cref="JsonRedaction"/>), anything
/// else as form pairs and as text (<see cref="FormRedaction"/>, <see cref="LooseJson"/>), so a body that is cut or not
/// JSON is redacted too.
/// </summary>
public static class TokenRedaction
{
    public const string Redacted = "[redacted]";

    public static (string Body, string? AccessTokenHash) Redact(string body)
    {
        string? accessToken = null;
        var start = body.AsSpan().TrimStart();
        var redacted = start.Length > 0 && start[0] is '{' or '['
            ? JsonRedaction.Redact(body, ref accessToken)
            : LooseJson.Redact(FormRedaction.Body(body, ref accessToken), ref accessToken);
        return (redacted, accessToken is null ? null : Hash(accessToken));
    }

    /// <summary>A URL with its token, security-code and card parameters redacted (query, path parameters, fragment).</summary>
    public static string RedactUrl(string url)
    {
        string? ignored = null;
        return LooseJson.Redact(FormRedaction.Url(url), ref ignored);
    }

    /// <summary>16 hex digits of SHA-256: enough to tell a run's tokens apart, nothing to sign in with.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];
}
