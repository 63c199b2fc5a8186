using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace ChannelManagerDashboard.Features.Accounts.Pages;

/// <summary>
/// What the two-factor page shows and does for the signed-in account: its authenticator key, turning two-factor sign-in
/// on with a code or off with the password, and the recovery codes once.
/// </summary>
/// <remarks>Each action answers whether the account's security stamp changed, so the page renews this browser's session cookie.</remarks>
public sealed class TwoFactorPageState(AuthenticatorSetup authenticator, SignInAttempts attempts, UserManager<DashboardUser> users)
{
    public bool Enabled { get; private set; }
    public AuthenticatorKey? Key { get; private set; }
    public string? Problem { get; private set; }
    public string? Notice { get; private set; }
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <returns>True when a new key was made, which changes the security stamp.</returns>
    public async Task<bool> LoadAsync(string email)
    {
        Enabled = await authenticator.IsEnabledAsync(email);
        if (Enabled)
            return false;
        (Key, var created) = await authenticator.KeyAsync(email);
        return created;
    }

    /// <returns>True when two-factor sign-in was turned on; false with <see cref="Problem"/> saying why not.</returns>
    public async Task<bool> EnableAsync(string email, string code)
    {
        var result = await authenticator.EnableAsync(email, code);
        if (!result.Succeeded)
        {
            Problem = result.Errors.GetValueOrDefault(AuthenticatorSetup.CodeField) ?? result.Message;
            return false;
        }
        RecoveryCodes = result.Value;
        Notice = string.Join(" ", result.Notices);
        await LoadAsync(email);
        return true;
    }

    /// <returns>True when two-factor sign-in was turned off; false with <see cref="Problem"/> saying why not.</returns>
    public async Task<bool> DisableAsync(ClaimsPrincipal principal, string password, IPAddress? from)
    {
        var user = await users.GetUserAsync(principal);
        var outcome = user is null ? SignInOutcome.Wrong : await attempts.ConfirmPasswordAsync(user, password, from);
        if (outcome != SignInOutcome.SignedIn)
        {
            Problem = SignInAttempts.Explain(outcome, "That is not your password. Two-factor sign-in stays on.");
            return false;
        }
        var email = principal.Identity?.Name ?? "";
        var result = await authenticator.DisableAsync(email);
        Notice = string.Join(" ", result.Notices);
        await LoadAsync(email);
        return true;
    }
}
