namespace ChannelManagerDashboard.Domain.Mews;

public static class MewsPaths
{
    /// <summary>Every Mews-side Channel Manager API operation lives under this path of its environment's base address.</summary>
    public const string OperationPrefix = "/api/channelManager/v1/";
}
