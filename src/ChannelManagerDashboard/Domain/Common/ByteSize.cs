namespace ChannelManagerDashboard.Domain.Common;

public static class ByteSize
{
    /// <summary>"512 bytes", "64 KB", "10 MB": sizes as people read them.</summary>
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
