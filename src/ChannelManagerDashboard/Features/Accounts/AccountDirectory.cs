using ChannelManagerDashboard.Features.Accounts.Teams;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static ChannelManagerDashboard.Features.Accounts.AccountFields;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Who has an account, with which role, in which teams. Each call works in its own scope, so a page open for hours
/// never reads accounts through a stale database context.
/// </summary>
public sealed class AccountDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
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

    /// <summary>The strongest role the account has (one, unless someone edited the database).</summary>
    internal static async Task<string> RoleOfAsync(UserManager<DashboardUser> users, DashboardUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return DashboardRoles.All.FirstOrDefault(roles.Contains) ?? "";
    }

    /// <summary>Whether no other owner could sign in without <paramref name="user"/> (an invited owner has no password yet).</summary>
    internal static async Task<bool> IsLastOwnerAsync(UserManager<DashboardUser> users, DashboardUser user) =>
        !(await users.GetUsersInRoleAsync(DashboardRoles.Owner)).Any(owner => owner.Id != user.Id && owner.PasswordHash is not null);
}
