namespace ChannelManagerDashboard.Domain.Common;

/// <summary>
/// A file name a browser sent, as it may be stored, shown and logged: no folder part, no control characters (a CR or LF
/// would forge a log line) and no bidirectional overrides (a right-to-left override can make "cod.exe" look like "exe.doc").
/// </summary>
public static class UploadedFileName
{
    public const string Fallback = "uploaded-file";

    public static string Clean(string? name)
    {
        var kept = new string(Path.GetFileName((name ?? "").Replace('\\', '/')).Where(c => !char.IsControl(c) && !IsDirectionMark(c)).ToArray()).Trim();
        return kept.Length == 0 ? Fallback : kept;
    }

    private static bool IsDirectionMark(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
