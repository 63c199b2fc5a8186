namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>A connection the simulator knows. An inactive one answers <see cref="ErrorCodeWhenUsed"/>, as the seed configures.</summary>
public sealed record SimulatorConnection(string Token, string PropertyId, bool Active, string? PropertyProfileKey, int ErrorCodeWhenUsed);
