using System.Text;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What came back, short enough to quote in a reason: the status and the start of the body on one printable line.</summary>
public static class AnswerPreview
{
    public const int MaxBodyChars = 200;

    /// <summary>Enough of the body for the preview, even if every character took four bytes.</summary>
    private const int ReadBytes = 4 * 1024;

    /// <returns>"HTTP 200 {"ok":true}", "HTTP 404 Not Found (empty body)"; empty when no HTTP answer arrived.</returns>
    public static string Of(CmAnswer answer)
    {
        if (answer.Failure is not null || answer.StatusCode is not { } status)
            return "";
        var head = status == 200 || answer.ReasonPhrase.Length == 0 ? $"HTTP {status}" : $"HTTP {status} {Text(answer.ReasonPhrase)}";
        if (answer.BodyTooLarge)
            return $"{head} (a body too large to read)";
        return answer.Body.Length == 0
            ? $"{head} (empty body)"
            : $"{head} {Text(Encoding.UTF8.GetString(answer.Body, 0, Math.Min(answer.Body.Length, ReadBytes)))}";
    }

    /// <summary>A body on one line: token fields masked, control characters made printable, spaces collapsed, at most <see cref="MaxBodyChars"/>.</summary>
    public static string Text(string body)
    {
        var line = new StringBuilder();
        foreach (var c in Printable(TokenFields.Mask(body)))
        {
            if (c != ' ' || line.Length > 0 && line[^1] != ' ')
                line.Append(c);
        }
        return TextCut.Shorten(line.ToString().TrimEnd(), MaxBodyChars);
    }

    /// <summary>What a CM sends is quoted in reasons; control characters would break the page, logs and a JUnit report.</summary>
    public static string Printable(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = !char.IsControl(source[i]) ? source[i] : source[i] is '\r' or '\n' or '\t' ? ' ' : '?';
        });
}
