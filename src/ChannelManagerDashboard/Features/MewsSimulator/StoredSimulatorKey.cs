namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>The install's one simulator key, encrypted, in the database so every instance on it makes the same project tokens.</summary>
public sealed class StoredSimulatorKey
{
    public const int OnlyId = 1;

    public int Id { get; set; } = OnlyId;

    /// <summary>The 32 bytes, protected with the app's Data Protection keys.</summary>
    public byte[] Protected { get; set; } = [];
}
