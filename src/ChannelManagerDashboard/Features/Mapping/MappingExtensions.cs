namespace ChannelManagerDashboard.Features.Mapping;

public static class MappingExtensions
{
    public static IServiceCollection AddMapping(this IServiceCollection services) => services.AddScoped<MappingService>();

    /// <summary>Downloads of the mapping for review outside the dashboard: <c>?format=csv</c> (default) or <c>json</c>.</summary>
    public static IEndpointRouteBuilder MapMapping(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{projectId:int}/mapping/{connectionId:int}/export", async (int projectId, int connectionId, string? format, MappingService mapping) =>
            await mapping.ExportAsync(projectId, connectionId, format == "json" ? ExportFormat.Json : ExportFormat.Csv) is { } file
                ? Results.File(file.Bytes(), file.ContentType, file.FileName)
                : Results.Text($"There is no mapping to export for connection {connectionId} of project {projectId}: check that the connection is picked in P4 " +
                    "and its configuration fetched in P5.", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }
}
