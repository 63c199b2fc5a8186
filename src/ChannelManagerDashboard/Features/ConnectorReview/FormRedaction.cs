using System.Net;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Redacts <c>name=value</c> pairs: a form-encoded body (application/x-www-form-urlencoded) or a URL's query, path
/// parameters and fragment. Names are judged percent-decoded ("Client%54oken" is ClientToken, "+" a space).
/// </summary>
public static partial class FormRedaction
{
    /// <param name="accessToken">The first AccessToken's value, for its hash; set only when it was still null.</param>
    public static string Body(string body, ref string? accessToken) => Redact(BodyPair(), body, ref accessToken);

    public static string Url(string url)
    {
        string? ignored = null;
        return Redact(UrlPair(), url, ref ignored);
    }

    private static string Redact(Regex pairs, string text, ref string? accessToken)
    {
        if (!text.Contains('='))
            return text;
        string? found = null;
        var redacted = pairs.Replace(text, pair =>
        {
            var kind = SensitiveName.Of(Decode(pair.Groups["name"].Value));
            var value = pair.Groups["value"].Value;
            if (kind == SensitiveKind.AccessToken)
                found ??= Decode(value);
            var replacement = kind.IsSecret() ? TokenRedaction.Redacted
                : kind == SensitiveKind.Card && Decode(value) is var plain && CardNumbers.Mask(plain) is var masked && !ReferenceEquals(masked, plain) ? WebUtility.UrlEncode(masked)
                : null;
            return replacement is null ? pair.Value : $"{pair.Groups["name"].Value}={replacement}";
        });
        accessToken ??= found;
        return redacted;
    }

    private static string Decode(string encoded) => Uri.UnescapeDataString(encoded.Replace('+', ' '));

    [GeneratedRegex(@"(?<=^|[&;])(?<name>[^&;=]*)=(?<value>[^&;]*)")]
    private static partial Regex BodyPair();

    [GeneratedRegex(@"(?<=^|[?&;#])(?<name>[^?&;#=]*)=(?<value>[^&;#]*)")]
    private static partial Regex UrlPair();
}
