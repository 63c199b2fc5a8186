namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>Where to go after signing in: only a path on this site, so a crafted link cannot send a person elsewhere.</summary>
public static class ReturnUrl
{
    public static string Safe(string? returnUrl) =>
        returnUrl is ['/', var second, ..] && second is not ('/' or '\\') && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) &&
        !returnUrl.StartsWith(AccountsExtensions.LoginPath, StringComparison.OrdinalIgnoreCase) &&
        !returnUrl.StartsWith(AccountsExtensions.LogoutPath, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";
}
