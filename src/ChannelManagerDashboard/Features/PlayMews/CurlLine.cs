using System.Text;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// A cURL command that replays a push. Tokens never appear in it: they are read from MEWS_CLIENT_TOKEN and
/// MEWS_CONNECTION_TOKEN, so the line can be pasted into a ticket.
/// </summary>
public static class CurlLine
{
    public const string ClientTokenVariable = "MEWS_CLIENT_TOKEN";
    public const string ConnectionTokenVariable = "MEWS_CONNECTION_TOKEN";

    /// <summary>ERR-05 pushes with a deactivated connection's token: a variable of its own, so a replay sends the same.</summary>
    public const string InactiveConnectionTokenVariable = "MEWS_INACTIVE_CONNECTION_TOKEN";

    /// <param name="body">The request as kept, tokens masked as <paramref name="tokens"/> says.</param>
    public static string For(string url, string body, ReplayTokens tokens)
    {
        // An unquoted here-document expands the variables; everything else the shell would touch is escaped.
        var escaped = new StringBuilder(body.Length + 64)
            .Append(body).Replace("\\", "\\\\").Replace("$", "\\$").Replace("`", "\\`");
        if (tokens.ClientMask.Length > 0)
            escaped.Replace(tokens.ClientMask, "${" + ClientTokenVariable + "}");
        if (tokens.ConnectionMask.Length > 0)
            escaped.Replace(tokens.ConnectionMask, "${" + tokens.ConnectionVariable + "}");
        return $"curl -sS -X POST '{url.Replace("'", "'\\''")}' -H 'Content-Type: application/json' --data-binary @- <<JSON\n{escaped}\nJSON";
    }
}
