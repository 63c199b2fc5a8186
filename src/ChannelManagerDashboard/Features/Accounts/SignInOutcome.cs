namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>What came of a password or code.</summary>
public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right; the account asks for a code too.</summary>
    NeedsCode,

    Wrong,

    /// <summary>Too many wrong tries for this account from this address (<see cref="SignInThrottle"/>); nothing was checked.</summary>
    HeldBack,

    /// <summary>The account reached its ceiling of wrong tries from everywhere together.</summary>
    LockedOut,
}
