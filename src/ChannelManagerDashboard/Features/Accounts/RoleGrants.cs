using ChannelManagerDashboard.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>Gives an account its role, for new accounts and role changes alike.</summary>
public sealed class RoleGrants(SessionEnds sessions, ILogger<RoleGrants> log)
{
    internal async Task<Result> GiveAsync(UserManager<DashboardUser> users, DashboardUser user, string role, string? notice = null)
    {
        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
            return AccountFields.Refused(added);
        // Open sessions end at once; signing in again gives the new role.
        await users.UpdateSecurityStampAsync(user);
        sessions.End(user.Id);
        log.LogInformation("Account {Email} has role {Role}", user.Email, role);
        return notice is null ? Result.Ok() : Result.Ok(notice);
    }
}
