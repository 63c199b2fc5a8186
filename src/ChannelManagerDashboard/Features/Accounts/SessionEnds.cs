namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Tells this app's open pages (circuits) that an account's sessions have ended, so they close at once rather than at
/// their next check of the security stamp.
/// </summary>
public sealed class SessionEnds
{
    /// <summary>Raised with the account's id and the open page to leave alone, on the thread that ended the sessions.</summary>
    public event Action<string, string?>? Ended;

    /// <param name="sparedPage">The <see cref="OpenPageMark"/> of the page that is leaving by itself (its sign-out), if any.</param>
    public void End(string userId, string? sparedPage = null) => Ended?.Invoke(userId, sparedPage);
}
