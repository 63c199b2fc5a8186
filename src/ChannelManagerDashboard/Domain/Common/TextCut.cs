namespace ChannelManagerDashboard.Domain.Common;

/// <summary>Long text cut to fit a column, a summary or a message, with "…" to show it was cut.</summary>
public static class TextCut
{
    /// <returns><paramref name="text"/> when it fits, otherwise its start and "…", <paramref name="max"/> characters in all.</returns>
    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
