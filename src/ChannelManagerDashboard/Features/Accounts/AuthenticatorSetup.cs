using System.Text;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>Optional two-factor sign-in with an authenticator app (TOTP), on Identity's own authenticator tokens.</summary>
public sealed class AuthenticatorSetup(IServiceScopeFactory scopes)
{
    public const string CodeField = "Code";
    private const string Issuer = "Channel Manager Dashboard";

    public async Task<bool> IsEnabledAsync(string email)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await UsersIn(scope).FindByEmailAsync(email) is { TwoFactorEnabled: true };
    }

    /// <summary>
    /// The key to scan, made once and kept until two-factor is turned off. <c>Created</c> says it was made just now,
    /// which changes the account's security stamp: the page then renews the session cookie.
    /// </summary>
    public async Task<(AuthenticatorKey? Key, bool Created)> KeyAsync(string email)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (await users.FindByEmailAsync(email) is not { } user)
            return (null, false);
        var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        var created = key.Length == 0;
        if (created)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return (new AuthenticatorKey(Grouped(key), uri, new SvgQRCode(qr).GetGraphic(4)), created);
    }

    /// <returns>The recovery codes, shown once, when the code from the app is right.</returns>
    public async Task<Result<IReadOnlyList<string>>> EnableAsync(string email, string code)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (await users.FindByEmailAsync(email) is not { } user)
            return Result.Missing(Result.Whole, "Your account no longer exists.").As<IReadOnlyList<string>>();
        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
            return Result.Invalid(CodeField, "That code is not the one the app shows now. Type the 6 digits it shows, before they change.").As<IReadOnlyList<string>>();
        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 8) ?? [];
        return Result.Of<IReadOnlyList<string>>([.. recovery], "Two-factor sign-in is on.");
    }

    public async Task<Result> DisableAsync(string email)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (await users.FindByEmailAsync(email) is not { } user)
            return Result.Missing(Result.Whole, "Your account no longer exists.");
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return Result.Ok("Two-factor sign-in is off. Your password alone signs you in.");
    }

    private static UserManager<DashboardUser> UsersIn(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();

    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}
