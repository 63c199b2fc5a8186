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

    /// <param name="body">The request as kept.</param>
    /// <param name="clientToken">The client token as it appears in <paramref name="body"/> (masked in evidence).</param>
    /// <param name="connectionVariable">The variable the connection token is read from.</param>
    public static string For(string url, string body, string clientToken, string connectionToken, string connectionVariable = ConnectionTokenVariable)
    {
        // An unquoted here-document expands the variables; everything else the shell would touch is escaped.
        var escaped = new StringBuilder(body.Length + 64)
            .Append(body).Replace("\\", "\\\\").Replace("$", "\\$").Replace("`", "\\`");
        if (clientToken.Length > 0)
            escaped.Replace(clientToken, "${" + ClientTokenVariable + "}");
        if (connectionToken.Length > 0)
            escaped.Replace(connectionToken, "${" + connectionVariable + "}");
        return $"curl -sS -X POST '{url.Replace("'", "'\\''")}' -H 'Content-Type: application/json' --data-binary @- <<JSON\n{escaped}\nJSON";
    }
}
