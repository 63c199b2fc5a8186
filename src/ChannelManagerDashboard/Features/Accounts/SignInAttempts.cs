using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Every check of a password or a code: held back per address and account (<see cref="SignInThrottle"/>), counted
/// toward the account's lockout ceiling, and as slow for an email without an account as for one with.
/// </summary>
public sealed class SignInAttempts(SignInManager<DashboardUser> signIn, SignInThrottle throttle)
{
    private static readonly int Minutes = (int)SignInThrottle.Window.TotalMinutes;

    public static readonly string HeldBackMessage = string.Create(CultureInfo.InvariantCulture,
        $"Too many wrong tries for this account from your address: tries from here wait up to {Minutes} minutes. Try again later; an owner can set a new password if you forgot yours.");

    public static readonly string LockedOutMessage = string.Create(CultureInfo.InvariantCulture,
        $"Too many wrong tries for this account from several addresses: it is locked for {(int)AccountsExtensions.LockedFor.TotalMinutes} minutes. An owner can set a new password, which unlocks it.");

    public static readonly string WrongPasswordMessage = string.Create(CultureInfo.InvariantCulture,
        $"The email or the password is not right. Check both and try again; after {SignInThrottle.PerAccountFromOneAddress} wrong tries, tries from your address wait up to {Minutes} minutes.");

    /// <summary>What to tell the person after anything but a success; <paramref name="wrong"/> for a wrong password or code.</summary>
    public static string Explain(SignInOutcome outcome, string wrong) => outcome switch
    {
        SignInOutcome.HeldBack => HeldBackMessage,
        SignInOutcome.LockedOut => LockedOutMessage,
        _ => wrong,
    };

    /// <summary>A user no one is, to check a password against when the email has no account.</summary>
    private static readonly DashboardUser Nobody = new();

    private static string? missingAccountHash;

    private UserManager<DashboardUser> Users => signIn.UserManager;

    /// <summary>Email and password; signs in (sets the session cookie) when they are right and no code is needed.</summary>
    public async Task<SignInOutcome> PasswordAsync(string email, string password, IPAddress? from)
    {
        email = email.Trim();
        if (throttle.IsHeldBack(from, email))
            return SignInOutcome.HeldBack;
        if (await Users.FindByNameAsync(email) is not { } user)
        {
            // The same work as for a real account's password, so how long the answer takes does not tell whether the email has one.
            Users.PasswordHasher.VerifyHashedPassword(Nobody, MissingAccountHash(), password);
            return Failed(from, email);
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return Judged(result, from, email);
    }

    /// <summary>A 6-digit code from the authenticator app, or a recovery code, after the right password.</summary>
    public async Task<SignInOutcome> CodeAsync(string code, IPAddress? from)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { UserName: { } email } user)
            return SignInOutcome.Wrong;
        if (throttle.IsHeldBack(from, email))
            return SignInOutcome.HeldBack;
        if (await Users.IsLockedOutAsync(user))
            return SignInOutcome.LockedOut;
        code = code.Replace(" ", "");
        if (code.Length == 6 && code.All(char.IsAsciiDigit))
            return Judged(await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false), from, email);
        var recovered = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        // Identity counts no wrong recovery code (they are long and random); counted here all the same, toward the same ceiling.
        if (!recovered.Succeeded)
            await Users.AccessFailedAsync(user);
        return Judged(recovered, from, email);
    }

    /// <summary>The signed-in person's password again, before a change such as turning two-factor sign-in off.</summary>
    public async Task<SignInOutcome> ConfirmPasswordAsync(DashboardUser user, string password, IPAddress? from)
    {
        var email = user.UserName ?? "";
        if (throttle.IsHeldBack(from, email))
            return SignInOutcome.HeldBack;
        return Judged(await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true), from, email);
    }

    private SignInOutcome Judged(SignInResult result, IPAddress? from, string email)
    {
        if (!result.Succeeded && !result.RequiresTwoFactor)
            return result.IsLockedOut ? Failed(from, email, SignInOutcome.LockedOut) : Failed(from, email);
        throttle.Succeeded(from, email);
        return result.Succeeded ? SignInOutcome.SignedIn : SignInOutcome.NeedsCode;
    }

    private SignInOutcome Failed(IPAddress? from, string email, SignInOutcome outcome = SignInOutcome.Wrong)
    {
        throttle.Failed(from, email);
        return outcome;
    }

    /// <summary>Made once with the accounts' own hasher, so checking against it costs what a real account's check costs.</summary>
    private string MissingAccountHash() =>
        missingAccountHash ??= Users.PasswordHasher.HashPassword(Nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
}
