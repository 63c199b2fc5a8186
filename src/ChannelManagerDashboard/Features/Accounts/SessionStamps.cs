using System.Security.Claims;
using ChannelManagerDashboard.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>
/// Whether a session's security stamp is still its account's. Signing out, a new password, a new role and "sign out
/// everywhere" each give the account a new stamp, so every session made before ends at its next request.
/// </summary>
public sealed class SessionStamps(IDbContextFactory<DashboardDbContext> databases, IOptions<IdentityOptions> identity)
{
    /// <summary>One read of an indexed row; false for a removed account or a principal without a stamp.</summary>
    public async Task<bool> AreCurrentAsync(ClaimsPrincipal user, CancellationToken cancellation = default)
    {
        var claims = identity.Value.ClaimsIdentity;
        if (user.FindFirstValue(claims.UserIdClaimType) is not { } id || user.FindFirstValue(claims.SecurityStampClaimType) is not { } stamp)
            return false;
        await using var db = await databases.CreateDbContextAsync(cancellation);
        return await db.Users.AnyAsync(u => u.Id == id && u.SecurityStamp == stamp, cancellation);
    }

    /// <summary>
    /// The session cookie's check on every request, instead of Identity's validator: that one rereads the account, its
    /// roles and claims and writes a new cookie each time it runs, which every request would be too much; a role
    /// change gives a new stamp anyway, so the roles in a cookie with the current stamp are current.
    /// </summary>
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var stamps = context.HttpContext.RequestServices.GetRequiredService<SessionStamps>();
        if (context.Principal is { } principal && await stamps.AreCurrentAsync(principal, context.HttpContext.RequestAborted))
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
