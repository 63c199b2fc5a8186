using System.Globalization;
using System.Security.Claims;
using ChannelManagerDashboard.Domain.Common;
using Microsoft.AspNetCore.Components.Endpoints;

namespace ChannelManagerDashboard.Features.Accounts.Teams;

/// <summary>
/// Every address under /projects/{id} (pages, downloads, reports) answers only people of the project's team: others get
/// the same 404 as for a project that does not exist. For the rest of the request the person's roles are their role in
/// that team, so the role policies and the token masks downstream judge the project's team, not the account.
/// </summary>
internal static class ProjectAccessMiddleware
{
    public const string RouteKey = "projectId";

    public static IApplicationBuilder UseProjectAccess(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true &&
            context.GetRouteValue(RouteKey) is { } value &&
            int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var projectId))
        {
            var role = await context.RequestServices.GetRequiredService<ProjectAccess>().RoleAsync(context.User, projectId);
            if (role is null)
            {
                if (await ExistsAsync(context, projectId))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    // A page gets the dashboard's not-found page (re-executed for an empty 404); a download, the words.
                    if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
                        await context.Response.WriteAsync(Result.ProjectMissingMessage(projectId));
                    return;
                }
            }
            else
                context.User = WithRole(context.User, role);
        }
        await next(context);
    });

    /// <summary>A missing project is left to the endpoint, which says so in its own words, as it does for everyone.</summary>
    private static async Task<bool> ExistsAsync(HttpContext context, int projectId) =>
        await context.RequestServices.GetRequiredService<ProjectAccess>().ExistsAsync(projectId);

    private static ClaimsPrincipal WithRole(ClaimsPrincipal user, string role)
    {
        var identity = user.Identities.First();
        var scoped = new ClaimsIdentity(identity.Claims.Where(c => c.Type != identity.RoleClaimType), identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        scoped.AddClaim(new Claim(identity.RoleClaimType, role));
        return new ClaimsPrincipal(scoped);
    }
}
