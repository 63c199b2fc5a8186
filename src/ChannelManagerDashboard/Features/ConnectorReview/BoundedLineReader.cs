using System.Text;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLine"/>, but a line longer than the cap is skipped rather than held
/// whole: a hostile file of one endless line takes the memory of the cap, not of the file.
/// </summary>
public sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly char[] buffer = new char[64 * 1024];
    private int start, end;

    /// <returns>The next line (null at the end), and whether it was cut because it ran past the cap.</returns>
    public (string? Line, bool TooLong) Next()
    {
        var line = new StringBuilder();
        var tooLong = false;
        while (true)
        {
            if (start == end)
            {
                end = reader.Read(buffer, 0, buffer.Length);
                start = 0;
                if (end == 0)
                    return line.Length > 0 || tooLong ? (Finish(line), tooLong) : (null, false);
            }
            var span = buffer.AsSpan(start, end - start);
            var newline = span.IndexOf('\n');
            var part = newline >= 0 ? span[..newline] : span;
            if (!tooLong && line.Length + part.Length <= maxChars)
                line.Append(part);
            else
            {
                tooLong = true;
                line.Clear();
            }
            start += newline >= 0 ? newline + 1 : part.Length;
            if (newline >= 0)
                return (Finish(line), tooLong);
        }
    }

    private static string Finish(StringBuilder line)
    {
        if (line.Length > 0 && line[^1] == '\r')
            line.Length--;
        return line.ToString();
    }
}
