using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts.Teams;
using Microsoft.AspNetCore.Identity;
using static ChannelManagerDashboard.Features.Accounts.AccountFields;
using static ChannelManagerDashboard.Features.Accounts.AccountDirectory;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Changes an account's role or password, removes it, or ends its sessions. There is always at least one owner once
/// the first one exists.
/// </summary>
public sealed class AccountChanges(IServiceScopeFactory scopes, RoleGrants roles, SessionEnds sessions, ILogger<AccountChanges> log)
{
    public async Task<Result> ResetPasswordAsync(string email, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (await users.FindByEmailAsync(Clean(email)) is not { } user)
            return NoSuchUser(email);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
            return Refused(reset);
        // A forgotten password is often why someone is locked out; a lost phone, why they cannot give a code.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        var hadTwoFactor = user.TwoFactorEnabled;
        if (hadTwoFactor)
            await users.SetTwoFactorEnabledAsync(user, false);
        await EndSessionsAsync(users, user, "new password");
        return Result.Ok($"The password of {user.Email} is changed{(hadTwoFactor ? " and two-factor sign-in is off until they turn it on again" : "")}; " +
                         "every session of that account has ended.");
    }

    public Task<Result> SetRoleAsync(string email, string role) => OwnersGate.OneAtATimeAsync(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (DashboardRoles.Parse(role) is not { } parsed)
            return Result.Invalid(RoleField, RoleMessage(role));
        if (await users.FindByEmailAsync(Clean(email)) is not { } user)
            return NoSuchUser(email);
        var current = await RoleOfAsync(users, user);
        if (current == parsed)
            return Result.Unchanged();
        if (current == DashboardRoles.Owner && await IsLastOwnerAsync(users, user))
            return Result.Invalid(RoleField, "This is the only owner. Make someone else an owner first.");
        if (current.Length > 0 && await users.RemoveFromRoleAsync(user, current) is { Succeeded: false } removed)
            return Refused(removed);
        await TeamMemberships.FollowAccountRoleAsync(DbIn(scope), user.Id, parsed);
        return await roles.GiveAsync(users, user, parsed, $"{user.Email} is now {parsed}.");
    });

    public Task<Result> RemoveAsync(string email) => OwnersGate.OneAtATimeAsync(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (await users.FindByEmailAsync(Clean(email)) is not { } user)
            return NoSuchUser(email);
        if (await RoleOfAsync(users, user) == DashboardRoles.Owner && await IsLastOwnerAsync(users, user))
            return Result.Invalid(EmailField, "This is the only owner. Make someone else an owner first, then remove this account.");
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
            return Refused(deleted);
        sessions.End(user.Id);
        log.LogInformation("Account {Email} removed; its sessions ended", user.Email);
        return Result.Ok($"{user.Email} is removed; their open sessions have ended.");
    });

    /// <summary>Ends every session of the account at once, in every browser: its cookies stop working and its open pages close.</summary>
    /// <param name="why">What the log says, e.g. "signed out" or who signed the account out everywhere.</param>
    /// <param name="sparedPage">The open page that is signing out and leaves by itself (<see cref="OpenPageMark"/>).</param>
    public async Task<Result> EndSessionsAsync(string email, string why, string? sparedPage = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (await users.FindByEmailAsync(Clean(email)) is not { } user)
            return NoSuchUser(email);
        await EndSessionsAsync(users, user, why, sparedPage);
        return Result.Ok($"Every session of {user.Email} has ended; signing in again starts a new one.");
    }

    /// <summary>A new security stamp, which every request and open page checks.</summary>
    private async Task EndSessionsAsync(UserManager<DashboardUser> users, DashboardUser user, string why, string? sparedPage = null)
    {
        await users.UpdateSecurityStampAsync(user);
        sessions.End(user.Id, sparedPage);
        log.LogInformation("Sessions of {Email} ended: {Why}", user.Email, why);
    }
}
