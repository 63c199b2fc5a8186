using System.Text;
using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Domain.Common;

/// <summary>
/// Outside text put into a Markdown report so that it reads as text in any renderer: on one line, HTML's special
/// characters as entities (which every Markdown flavour decodes as text; a backslash before "&lt;" is not an escape
/// in all of them), braces too (some renderers read them as HTML attributes), and Markdown's own markup (emphasis,
/// code, link brackets, headings, strike-through) escaped.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Text on one line, with what Markdown or HTML would read as markup escaped.</summary>
    /// <param name="linksTo">
    /// When given, a bare address (<c>scheme://host</c>, <c>www.</c>, an e-mail) that GitHub-flavoured renderers would
    /// turn into a link stays one only if it is written http:// or https:// and this accepts its host; any other is broken with
    /// a backslash, which renders as nothing.
    /// </param>
    public static string Inline(string text, Func<string, bool>? linksTo = null)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                // Markdig reads "{…}" at a heading's end as HTML attributes even after a backslash; an entity it leaves alone.
                case '{':
                    escaped.Append("&#123;");
                    break;
                case '}':
                    escaped.Append("&#125;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                case '@' when linksTo is not null:
                    escaped.Append("\\@");
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return linksTo is null ? escaped.ToString() : BareAddress().Replace(escaped.ToString(), address => Linkable(address, linksTo) ? address.Value : Break(address));
    }

    /// <summary>Text in a table cell: also a pipe, which would end the cell.</summary>
    public static string Cell(string text, Func<string, bool>? linksTo = null) => Inline(text, linksTo).Replace("|", "\\|", StringComparison.Ordinal);

    private static bool Linkable(Match address, Func<string, bool> linksTo) =>
        address.Groups["scheme"].Value.ToLowerInvariant() is "http" or "https" && linksTo(address.Groups["host"].Value);

    /// <summary>"https\://" and "www\." read the same and are no longer addresses to an autolinker.</summary>
    private static string Break(Match address) => address.Groups["scheme"].Success
        ? $"{address.Groups["scheme"].Value}\\://{address.Groups["host"].Value}"
        : $"{address.Value[..3]}\\.{address.Value[4..]}";

    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])(?:(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?<host>[A-Za-z0-9.-]*)|[Ww]{3}\.(?<host>[A-Za-z0-9.-]*))")]
    private static partial Regex BareAddress();
}
