using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts.Teams;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Adds, lists, changes and removes accounts, for the users page, the first-start page and the <c>users</c> command
/// alike. There is always at least one owner once the first one exists.
/// Each call works in its own scope, so a page open for hours never reads accounts through a stale database context.
/// </summary>
public sealed class UserAdministration(IServiceScopeFactory scopes, TimeProvider clock, SessionEnds sessions, ILogger<UserAdministration> log)
{
    public const string EmailField = "Email";
    public const string PasswordField = "Password";
    public const string RoleField = "Role";
    public const string TeamField = "Team";

    /// <summary>
    /// Changes to who is an owner happen one at a time: the first owner is created once even when two browsers send the
    /// form together, and two owners demoting each other at once cannot leave none.
    /// </summary>
    private static readonly SemaphoreSlim OwnersGate = new(1, 1);

    public async Task<bool> AnyUserAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return await UsersIn(scope).Users.AnyAsync();
    }

    public async Task<IReadOnlyList<UserRow>> ListAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        var rows = new List<UserRow>();
        var memberships = await TeamMemberships.ListAsync(DbIn(scope));
        foreach (var user in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            var lockedOut = user.LockoutEnd is { } end && end > clock.GetUtcNow() ? end : (DateTimeOffset?)null;
            rows.Add(new UserRow(user.Email ?? "", await RoleOfAsync(users, user), user.TwoFactorEnabled, lockedOut, user.PasswordHash is null,
                user.CreatedAt, user.CreatedBy, memberships.GetValueOrDefault(user.Id, "")));
        }
        return rows;
    }

    /// <param name="team">The team the account joins with the same role; null for the default team (the oldest).</param>
    public async Task<Result> AddAsync(string email, string password, string role, string by, string? team = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (Validate(email, role) is { } invalid)
            return invalid;
        if (await TeamMemberships.FindAsync(DbIn(scope), team) is not { } teamId)
            return TeamMissing(team);
        var user = NewUser(email, by);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return Refused(created);
        var given = await GiveRoleAsync(users, user, DashboardRoles.Parse(role)!);
        if (!given.Succeeded)
            return given;
        var joined = await TeamMemberships.JoinAsync(DbIn(scope), user.Id, teamId, DashboardRoles.Parse(role)!);
        return Result.Ok($"{Clean(email)} can sign in now as {DashboardRoles.Parse(role)} in {joined}.");
    }

    /// <summary>Creates the first owner, only while there is no account at all.</summary>
    public async Task<Result> AddFirstOwnerAsync(string email, string password)
    {
        await OwnersGate.WaitAsync();
        try
        {
            if (await AnyUserAsync())
                return Result.Invalid(Result.Whole, "An owner exists already. Sign in, or ask an owner for an account.");
            return await AddAsync(email, password, DashboardRoles.Owner, "first start");
        }
        finally
        {
            OwnersGate.Release();
        }
    }

    /// <summary>Creates an account without a password and returns the token the invitation link carries.</summary>
    /// <param name="team">The team the account joins with the same role; null for the default team (the oldest).</param>
    public async Task<Result<string>> InviteAsync(string email, string role, string by, string? team = null)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (Validate(email, role) is { } invalid)
            return invalid.As<string>();
        if (await TeamMemberships.FindAsync(DbIn(scope), team) is not { } teamId)
            return TeamMissing(team).As<string>();
        var user = NewUser(email, by);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
            return Refused(created).As<string>();
        var given = await GiveRoleAsync(users, user, DashboardRoles.Parse(role)!);
        if (!given.Succeeded)
            return given.As<string>();
        var joined = await TeamMemberships.JoinAsync(DbIn(scope), user.Id, teamId, DashboardRoles.Parse(role)!);
        return Result.Of(await users.GeneratePasswordResetTokenAsync(user), $"{Clean(email)} is invited as {DashboardRoles.Parse(role)} in {joined}.");
    }

    /// <summary>A fresh invitation link for an account that has not set its password yet (the old link stops working).</summary>
    public async Task<Result<string>> ReinviteAsync(string email)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (await users.FindByEmailAsync(Clean(email)) is not { PasswordHash: null } user)
            return Result.Missing(EmailField, $"There is no invited account for {Clean(email)} waiting for its password.").As<string>();
        await users.UpdateSecurityStampAsync(user);
        return Result.Of(await users.GeneratePasswordResetTokenAsync(user));
    }

    /// <summary>The invited person sets their password with the token from the link.</summary>
    public async Task<Result> AcceptInvitationAsync(string email, string token, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (await users.FindByEmailAsync(Clean(email)) is not { PasswordHash: null } user)
            return Result.Invalid(Result.Whole, "This invitation link is not valid any more. Ask an owner for a new one.");
        var reset = await users.ResetPasswordAsync(user, token, password);
        if (reset.Succeeded)
            return Result.Ok();
        return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? Result.Invalid(Result.Whole, "This invitation link is not valid any more (they last one day). Ask an owner for a new one.")
            : Refused(reset);
    }

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

    public async Task<Result> SetRoleAsync(string email, string role)
    {
        await OwnersGate.WaitAsync();
        try
        {
            return await SetRoleCoreAsync(email, role);
        }
        finally
        {
            OwnersGate.Release();
        }
    }

    private async Task<Result> SetRoleCoreAsync(string email, string role)
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
        return await GiveRoleAsync(users, user, parsed, $"{user.Email} is now {parsed}.");
    }

    public async Task<Result> RemoveAsync(string email)
    {
        await OwnersGate.WaitAsync();
        try
        {
            return await RemoveCoreAsync(email);
        }
        finally
        {
            OwnersGate.Release();
        }
    }

    private async Task<Result> RemoveCoreAsync(string email)
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
    }

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

    /// <summary>The strongest role the account has (one, unless someone edited the database).</summary>
    private static async Task<string> RoleOfAsync(UserManager<DashboardUser> users, DashboardUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return DashboardRoles.All.FirstOrDefault(roles.Contains) ?? "";
    }

    /// <summary>Whether no other owner could sign in without <paramref name="user"/> (an invited owner has no password yet).</summary>
    private static async Task<bool> IsLastOwnerAsync(UserManager<DashboardUser> users, DashboardUser user) =>
        !(await users.GetUsersInRoleAsync(DashboardRoles.Owner)).Any(owner => owner.Id != user.Id && owner.PasswordHash is not null);

    private async Task<Result> GiveRoleAsync(UserManager<DashboardUser> users, DashboardUser user, string role, string? notice = null)
    {
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
            return Refused(added);
        // Open sessions end at once; signing in again gives the new role.
        await users.UpdateSecurityStampAsync(user);
        sessions.End(user.Id);
        log.LogInformation("Account {Email} has role {Role}", user.Email, role);
        return notice is null ? Result.Ok() : Result.Ok(notice);
    }

    private static UserManager<DashboardUser> UsersIn(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();

    private static DashboardDbContext DbIn(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<DashboardDbContext>();

    private static Result TeamMissing(string? team) => Result.Invalid(TeamField, team is null
        ? "There is no team to put the account in. Create a team on the teams page first."
        : $"There is no team called {team.Trim()}. The teams page lists them.");

    private DashboardUser NewUser(string email, string by) =>
        new() { UserName = Clean(email), Email = Clean(email), EmailConfirmed = true, CreatedAt = clock.GetUtcNow(), CreatedBy = by };

    private static Result? Validate(string email, string role)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(email))
            problems.Add(new(EmailField, "Enter the email address the person signs in with."));
        if (DashboardRoles.Parse(role) is null)
            problems.Add(new(RoleField, RoleMessage(role)));
        return problems.Count > 0 ? Result.Invalid(problems) : null;
    }

    private static string RoleMessage(string role) =>
        $"\"{role}\" is not a role. Use {string.Join(", ", DashboardRoles.All.SkipLast(1))} or {DashboardRoles.All[^1]}.";

    private static string Clean(string email) => email.Trim();

    private static Result NoSuchUser(string email) => Result.Missing(EmailField, $"There is no account for {Clean(email)}. `users list` and the users page show who has one.");

    /// <summary>Identity's reasons, each on the field it concerns.</summary>
    private static Result Refused(IdentityResult refused) => Result.Invalid(refused.Errors.Select(e => new Problem(
        e.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? EmailField : Result.Whole,
        e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)
            ? "There is an account with this email already."
            : e.Description)).Distinct());
}
