using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Redacts <c>"name": value</c> pairs found in text that is not JSON throughout (a body broken midway, or JSON inside
/// other text): each name is unescaped before it is judged, and a value cut off by the end of the text is redacted
/// whole. Nesting is unknown here, so card data is found by its own field's name only.
/// </summary>
public static partial class LooseJson
{
    /// <param name="accessToken">The first AccessToken's value, for its hash; set only when it was still null.</param>
    public static string Redact(string text, ref string? accessToken)
    {
        string? found = null;
        var redacted = Pair().Replace(text, pair =>
        {
            var kind = SensitiveName.Of(Unescape(pair.Groups["name"].Value));
            if (kind == SensitiveKind.None)
                return pair.Value;
            var value = pair.Groups["text"].Success ? Unescape(pair.Groups["text"].Value) : pair.Groups["value"].Value;
            if (kind == SensitiveKind.AccessToken)
                found ??= value;
            var replacement = kind.IsSecret() || pair.Groups["cut"].Success ? TokenRedaction.Redacted
                : CardNumbers.Mask(value) is var masked && !ReferenceEquals(masked, value) ? masked
                : null;
            return replacement is null ? pair.Value : pair.Groups["head"].Value + JsonRedaction.Quoted(replacement);
        });
        accessToken ??= found;
        return redacted;
    }

    /// <summary>A JSON string's content unescaped; as written when its escapes are broken (cut off mid-escape).</summary>
    private static string Unescape(string escaped)
    {
        if (!escaped.Contains('\\'))
            return escaped;
        try
        {
            return JsonSerializer.Deserialize<string>($"\"{escaped}\"") ?? escaped;
        }
        catch (JsonException)
        {
            return escaped;
        }
    }

    [GeneratedRegex(@"(?<head>""(?<name>(?:[^""\\]|\\.)*)""\s*:\s*)(?<value>""(?<text>(?:[^""\\]|\\.)*)""|(?<cut>""(?:[^""\\]|\\.)*\\?$)|-?[0-9][0-9.eE+-]*)")]
    private static partial Regex Pair();
}
