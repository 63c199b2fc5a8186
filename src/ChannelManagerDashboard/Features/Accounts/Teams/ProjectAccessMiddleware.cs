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
        if (context.User.Identity?.IsAuthenticated == true && context.GetRouteValue(RouteKey) is { } value)
        {
            // Read as the route constraint and binding read it (a sign, spaces); what they accept and this does not is refused.
            var role = int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var projectId)
                ? await context.RequestServices.GetRequiredService<ProjectAccess>().RoleAsync(context.User, projectId)
                : null;
            if (role is not null)
                context.User = WithRole(context.User, role);
            else if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            {
                // A download: the same 404 for a project of another team and for one that does not exist (yet).
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.WriteAsync(Result.ProjectMissingMessage(projectId));
                return;
            }
            else if (await context.RequestServices.GetRequiredService<ProjectAccess>().ExistsAsync(projectId))
            {
                // A page of another team's project gets the dashboard's not-found page (re-executed for an empty 404);
                // one of a missing project says so itself, as it does inside an open page.
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        await next(context);
    });

    private static ClaimsPrincipal WithRole(ClaimsPrincipal user, string role)
    {
        var identity = user.Identities.First();
        var scoped = new ClaimsIdentity(identity.Claims.Where(c => c.Type != identity.RoleClaimType), identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        scoped.AddClaim(new Claim(identity.RoleClaimType, role));
        return new ClaimsPrincipal(scoped);
    }
}
