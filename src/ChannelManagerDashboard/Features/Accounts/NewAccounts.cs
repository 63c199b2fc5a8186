using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts.Teams;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static ChannelManagerDashboard.Features.Accounts.AccountFields;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Adds accounts, for the users page, the first-start page and the <c>users</c> command alike: with a password, as the
/// first owner, or by an invitation link the person opens to set their own password.
/// </summary>
public sealed class NewAccounts(IServiceScopeFactory scopes, TimeProvider clock, RoleGrants roles)
{
    /// <param name="team">The team the account joins with the same role; null for the default team (the oldest).</param>
    public async Task<Result> AddAsync(string email, string password, string role, string by, string? team = null)
    {
        var created = await CreateAsync(email, password, role, by, team);
        return created.Succeeded ? Result.Ok($"{Clean(email)} can sign in now as {DashboardRoles.Parse(role)} in {created.Value!.Team}.") : created;
    }

    /// <summary>Creates the first owner, only while there is no account at all.</summary>
    public Task<Result> AddFirstOwnerAsync(string email, string password) => OwnersGate.OneAtATimeAsync(async () =>
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (await UsersIn(scope).Users.AnyAsync())
                return Result.Invalid(Result.Whole, "An owner exists already. Sign in, or ask an owner for an account.");
        }
        return await AddAsync(email, password, DashboardRoles.Owner, "first start");
    });

    /// <summary>Creates an account without a password and returns the token the invitation link carries.</summary>
    /// <param name="team">The team the account joins with the same role; null for the default team (the oldest).</param>
    public async Task<Result<string>> InviteAsync(string email, string role, string by, string? team = null)
    {
        var created = await CreateAsync(email, null, role, by, team);
        return created.Succeeded
            ? Result.Of(created.Value!.Token!, $"{Clean(email)} is invited as {DashboardRoles.Parse(role)} in {created.Value.Team}.")
            : created.As<string>();
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

    /// <summary>The team the account joined, and for an invited account the token of its invitation link.</summary>
    private sealed record Created(string Team, string? Token);

    /// <param name="password">Null for an invited account, which sets its password through the link.</param>
    private async Task<Result<Created>> CreateAsync(string email, string? password, string role, string by, string? team)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = UsersIn(scope);
        if (Validate(email, role) is { Succeeded: false } invalid)
            return invalid.As<Created>();
        if (await TeamMemberships.FindAsync(DbIn(scope), team) is not { } teamId)
            return TeamMissing(team).As<Created>();
        var user = new DashboardUser { UserName = Clean(email), Email = Clean(email), EmailConfirmed = true, CreatedAt = clock.GetUtcNow(), CreatedBy = by };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return Refused(created).As<Created>();
        var given = await roles.GiveAsync(users, user, DashboardRoles.Parse(role)!);
        if (!given.Succeeded)
            return given.As<Created>();
        var joined = await TeamMemberships.JoinAsync(DbIn(scope), user.Id, teamId, DashboardRoles.Parse(role)!);
        return Result.Of(new Created(joined, password is null ? await users.GeneratePasswordResetTokenAsync(user) : null));
    }

    private static Result Validate(string email, string role)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(email))
            problems.Add(new(EmailField, "Enter the email address the person signs in with."));
        if (DashboardRoles.Parse(role) is null)
            problems.Add(new(RoleField, RoleMessage(role)));
        return problems.Count > 0 ? Result.Invalid(problems) : Result.Ok();
    }

    private static Result TeamMissing(string? team) => Result.Invalid(TeamField, team is null
        ? "There is no team to put the account in. Create a team on the teams page first."
        : $"There is no team called {team.Trim()}. The teams page lists them.");
}
