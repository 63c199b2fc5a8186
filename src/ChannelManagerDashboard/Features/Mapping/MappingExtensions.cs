using System.Text;

namespace ChannelManagerDashboard.Features.Mapping;

public static class MappingExtensions
{
    public static IServiceCollection AddMappingEditor(this IServiceCollection services) => services.AddScoped<MappingService>();

    /// <summary>Downloads of the mapping for review outside the dashboard: <c>?format=csv</c> (default) or <c>json</c>.</summary>
    public static IEndpointRouteBuilder MapMappingExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/projects/{projectId:int}/mapping/{connectionId:int}/export", async (int projectId, int connectionId, string? format, MappingService mapping) =>
            await mapping.ExportAsync(projectId, connectionId, format == "json" ? "json" : "csv") is { } file
                ? format == "json"
                    ? Results.File(Encoding.UTF8.GetBytes(file.Text), "application/json", file.FileName)
                    // With a byte order mark, spreadsheets read the names' accents as UTF-8.
                    : Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(file.Text)], "text/csv", file.FileName)
                : Results.Text($"There is no mapping to export for connection {connectionId} of project {projectId}: check that the connection is picked in P4 " +
                    "and its configuration fetched in P5.", statusCode: StatusCodes.Status404NotFound));
        return endpoints;
    }
}
