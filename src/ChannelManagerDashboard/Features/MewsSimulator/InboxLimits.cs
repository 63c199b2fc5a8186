namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// What an inbox may keep: per connection a number of messages and their bytes (a flooding connection pushes out its
/// own oldest), and bytes across all connections (the oldest anywhere goes), so memory stays bounded whoever calls.
/// </summary>
/// <param name="BytesPerConnection">Counted as .NET holds the text: two bytes a character, plus <see cref="OverheadBytes"/> a message.</param>
public sealed record InboxLimits(int CountPerConnection, long BytesPerConnection, long BytesInAll)
{
    /// <summary>What a kept message costs besides its text: its record, its strings' headers, its place in the queue.</summary>
    public const long OverheadBytes = 200;

    /// <summary>The bytes a message's texts take in memory.</summary>
    public static long BytesOf(params ReadOnlySpan<string> texts)
    {
        var bytes = OverheadBytes;
        foreach (var text in texts)
            bytes += 2L * text.Length;
        return bytes;
    }
}
