namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>How an exchange's tokens appear in its masked body, and the variables a cURL replay reads them from.</summary>
/// <param name="ConnectionVariable">ERR-05 pushes with a deactivated connection's token, which gets a variable of its own.</param>
public sealed record ReplayTokens(string ClientMask, string ConnectionMask, string ConnectionVariable)
{
    /// <summary>For evidence that was not sent (an ERR-01 sample).</summary>
    public static ReplayTokens None { get; } = new("", "", CurlLine.ConnectionTokenVariable);
}
