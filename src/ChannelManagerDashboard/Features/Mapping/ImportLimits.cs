namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Caps on what an import reads, so a wrong or hostile file is refused instead of filling memory.</summary>
public static class ImportLimits
{
    public const int MaxFileBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>Pasted text travels over the circuit, whose messages are capped at 32 KB; longer lists go through a file.</summary>
    public const int MaxPastedChars = 20_000;
}
