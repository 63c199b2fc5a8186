namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Tells this app's open pages (circuits) that an account's sessions have ended, so they close at once rather than at
/// their next check of the security stamp.
/// </summary>
public sealed class SessionEnds
{
    /// <summary>Raised with the account's id, on the thread that ended the sessions.</summary>
    public event Action<string>? Ended;

    public void End(string userId) => Ended?.Invoke(userId);
}
