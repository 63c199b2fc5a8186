using System.Text;
using Bunit;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>An imported log with escaped token names, form bodies and card payments: nothing secret is stored, shown or exported.</summary>
public sealed class SecretImportTests : ComponentTest
{
    private const string Access = "7059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382";
    private const string Client = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D";
    private const string Url = "https://api.mews-demo.com/api/connector/v1/payments/addCreditCard";

    /// <summary>A card payment as JSON with its token names escaped, and as a form with the tokens in the query string too.</summary>
    private static readonly string JsonCard = $$$"""{"Client\u0054oken":"{{{Client}}}","\u0041ccessToken":"{{{Access}}}","Client":"Acme Pay 1.0","CustomerId":"35d4b117-4e60-44a3-9580-c582117eff98","Amount":{"GrossValue":100,"Currency":"EUR"},"CreditCard":{"Type":"Visa","Number":"4111 1111 1111 1111","Expiration":"10/2027","Name":"Jana","Cvv":"9517"}}""";

    private static readonly string FormCard = $"Client%54oken={Client}&AccessToken={Access}&Client=Acme+Pay+1.0&CreditCard%5BNumber%5D=5555-4444-3333-1111&CreditCard%5BCvc%5D=9517";

    private static readonly string[] Secrets = [Access, Client, "4111 1111 1111 1111", "5555-4444-3333-1111", "5555444433331111", "9517"];

    [Fact]
    public async Task A_HAR_with_card_payments_keeps_the_last_four_digits_only_in_storage_on_the_request_page_and_in_the_exports()
    {
        var har = $$$"""
            {"log":{"entries":[
              {"startedDateTime":"2026-11-28T08:00:00Z","time":80,"request":{"method":"POST","url":"{{{Url}}}","postData":{"mimeType":"application/json","text":{{{JsonRedaction.Quoted(JsonCard)}}}}},"response":{"status":200}},
              {"startedDateTime":"2026-11-28T08:00:05Z","time":80,"request":{"method":"POST","url":"{{{Url}}}?access_token={{{Access}}}","postData":{"mimeType":"application/x-www-form-urlencoded","text":"{{{FormCard}}}"}},"response":{"status":400}}
            ]}}
            """;

        var (projectId, runId) = await ImportAsync(HarLog.Read(new MemoryStream(Encoding.UTF8.GetBytes(har))));

        await AssertNothingSecretAsync(projectId, runId, 2);
    }

    [Fact]
    public async Task A_JSON_Lines_log_with_card_payments_keeps_the_last_four_digits_only_in_storage_on_the_request_page_and_in_the_exports()
    {
        var log = string.Join('\n',
            $$$"""{"timeUtc":"2026-11-28T08:00:00Z","method":"POST","url":"{{{Url}}}","status":200,"durationMs":80,"requestBody":{{{JsonCard}}}}""",
            $$$"""{"timeUtc":"2026-11-28T08:00:05Z","method":"POST","url":"{{{Url}}}?Access%54oken={{{Access}}}","status":400,"durationMs":80,"requestBody":"{{{FormCard}}}","contentType":"application/x-www-form-urlencoded"}""");

        var (projectId, runId) = await ImportAsync(JsonLinesLog.Read(new StringReader(log)));

        await AssertNothingSecretAsync(projectId, runId, 2);
    }

    private async Task<(int ProjectId, int RunId)> ImportAsync(IEnumerable<LogEntry> entries)
    {
        var input = Support.Services.ValidInput("Acme Pay");
        input.Kind = ProjectKind.Connector;
        input.EndpointBaseUrl = "";
        var projectId = await CreateProjectAsync(input);
        var imported = await Get<ConnectorRunService>().ImportAsync(projectId, entries, "payments.log", RunSource.Import, "Jana");
        Assert.True(imported.Succeeded, imported.Message);
        return (projectId, imported.Value);
    }

    private async Task AssertNothingSecretAsync(int projectId, int runId, int requests)
    {
        await using (var db = await Get<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            var stored = await db.ConnectorRequests.Where(c => c.RunId == runId).OrderBy(c => c.Index).ToListAsync();
            Assert.Equal(requests, stored.Count);
            Assert.All(stored, request => AssertNoSecret(request.Url + request.RequestBody));
            Assert.Contains("\"Number\":\"************1111\"", stored[0].RequestBody);
            Assert.Contains("CreditCard%5BNumber%5D=************1111", stored[1].RequestBody);
            Assert.All(stored, request => Assert.Equal(TokenRedaction.Hash(Access), request.AccessTokenHash));
        }
        for (var index = 0; index < requests; index++)
        {
            var request = index;
            void Parameters(ComponentParameterCollectionBuilder<RequestDetailPage> p) => p.Add(x => x.ProjectId, projectId).Add(x => x.RunId, runId).Add(x => x.Index, request);
            var page = index == 0 ? RenderWithProviders<RequestDetailPage>(Parameters) : Render<RequestDetailPage>(Parameters);
            var body = await page.WaitForElementAsync("#call-body");
            Assert.Contains("************1111", body.TextContent);
            AssertNoSecret(page.Markup);
        }
        var review = (await Get<RunReviewService>().RunReviewAsync(projectId, runId))!;
        AssertNoSecret(ReviewDocument.Markdown(review) + await ReportFiles.ReviewAsync(review));
    }

    private static void AssertNoSecret(string text)
    {
        foreach (var secret in Secrets)
            Assert.DoesNotContain(secret, text);
    }
}
