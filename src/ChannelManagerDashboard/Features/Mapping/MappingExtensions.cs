using System.Security.Claims;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.Mapping;

public static class MappingExtensions
{
    public static IServiceCollection AddMapping(this IServiceCollection services) => services.AddScoped<MappingService>().AddActivityDescriber<MappingActivity>();

    /// <summary>
    /// Downloads of the mapping for review outside the dashboard: <c>?format=csv</c> (default) or <c>json</c>; a viewer's
    /// copy names the connection without its token mask.
    /// </summary>
    public static IEndpointRouteBuilder MapMapping(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{projectId:int}/mapping/{connectionId:int}/export", async (int projectId, int connectionId, string? format, MappingService mapping, ClaimsPrincipal user) =>
            await mapping.ExportAsync(projectId, connectionId, format == "json" ? ExportFormat.Json : ExportFormat.Csv) is { } file
                ? Results.File((DashboardRoles.MayChange(user) ? file : file with { Text = TokenMask.HideMasks(file.Text) }).Bytes(), file.ContentType, file.FileName)
                : Results.Text($"There is no mapping to export for connection {connectionId} of project {projectId}: check that the connection is picked in P4 " +
                    "and its configuration fetched in P5.", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }
}
