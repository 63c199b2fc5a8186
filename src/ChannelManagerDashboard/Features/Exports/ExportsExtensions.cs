using Microsoft.AspNetCore.Mvc;
using System.Security.Claims;
using System.Text;
using ChannelManagerDashboard.Components.Reports;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Exports;

public static class ExportsExtensions
{
    public static IServiceCollection AddExports(this IServiceCollection services) => services.AddScoped<ReportService>();

    /// <summary>The downloads: the report as HTML and Markdown, the test matrix as XLSX and CSV, the call as a calendar file.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        var exports = endpoints.MapGroup("/projects/{projectId:int}/exports");
        exports.MapGet("/report.html", async (int projectId, ReportService reports, [FromServices] ReportRenderer renderer, ClaimsPrincipal user) =>
            await reports.BuildAsync(projectId, user.Identity?.Name ?? "someone") is { } report
                ? Results.Content(await renderer.RenderAsync<CertificationReportDocument>(new Dictionary<string, object?> { [nameof(CertificationReportDocument.Report)] = report }), "text/html; charset=utf-8")
                : Missing(projectId));
        exports.MapGet("/report.md", (int projectId, ReportService reports, ClaimsPrincipal user) =>
            WithReportAsync(projectId, reports, user, report => Download(ReportMarkdown.Write(report), "text/markdown; charset=utf-8", $"certification-report-{report.Slug}.md")));
        exports.MapGet("/tests.csv", (int projectId, ReportService reports, ClaimsPrincipal user) =>
            WithReportAsync(projectId, reports, user, report => Download(TestMatrix.Csv(report), "text/csv; charset=utf-8", $"certification-tests-{report.Slug}.csv", excel: true)));
        exports.MapGet("/tests.xlsx", (int projectId, ReportService reports, ClaimsPrincipal user) =>
            WithReportAsync(projectId, reports, user, report => Results.File(TestMatrix.Xlsx(report),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"certification-tests-{report.Slug}.xlsx")));
        exports.MapGet("/call.ics", async (int projectId, ReportService reports) => await reports.CalendarAsync(projectId) switch
        {
            { Kind: ResultKind.Missing } => Missing(projectId),
            { Value: { } ics } => Download(ics, "text/calendar; charset=utf-8", $"mews-certification-call-{projectId}.ics"),
            var notYet => Results.Text(notYet.Message, statusCode: StatusCodes.Status409Conflict),
        });
        return endpoints;
    }

    private static async Task<IResult> WithReportAsync(int projectId, ReportService reports, ClaimsPrincipal user, Func<CertificationReport, IResult> write) =>
        await reports.BuildAsync(projectId, user.Identity?.Name ?? "someone") is { } report ? write(report) : Missing(projectId);

    /// <param name="excel">Starts the file with a byte order mark, without which Excel reads UTF-8 CSV as the local code page.</param>
    private static IResult Download(string text, string contentType, string fileName, bool excel = false) =>
        Results.File((excel ? Encoding.UTF8.GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray(), contentType, fileName);

    private static IResult Missing(int projectId) => Results.Text(Result.ProjectMissingMessage(projectId), statusCode: StatusCodes.Status404NotFound);
}
