using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using ChannelManagerDashboard.Tests.Support;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>
/// The checks added after reviewing three real clients: required properties, undocumented operations declared with a
/// reason, one Client of the integration's own, the demo host, and the 2026 deprecations.
/// </summary>
public sealed class RequestChecksTests
{
    private const string ServiceId = "bd26d8db-86da-4f96-9efc-e5a4654a4a94";
    private static readonly ConnectorCatalog Catalog = ConnectorCatalog.Shipped;

    private static string Sent(string client, string properties) =>
        "{\"ClientToken\":\"[redacted]\",\"AccessToken\":\"[redacted]\",\"Client\":\"" + client + "\"" + (properties.Length > 0 ? "," + properties : "") + "}";

    private static ConnectorRequest At(string host, int index, string operation, string client = "Acme BI 1.0.0") =>
        Request(index, operation, TimeSpan.FromMinutes(index), body: Sent(client, "")) with { Url = $"https://{host}{ConnectorOperation.Prefix}{operation}" };

    private static ReviewReport Run(string declared, params ConnectorRequest[] requests) =>
        ConnectorReviewer.Review(requests.Select(c => new LogEntry(c, null)), Catalog, DeclaredWorkflow.Parse(declared, Catalog).Value!);

    [Fact]
    public void Required_properties_left_out_fail_S5_naming_the_property_the_requests_and_what_Mews_answered()
    {
        var result = Review(new FormatCheck(Catalog),
            Request(0, "rates/getAll", TimeSpan.Zero, 400, body: Sent("Acme BI tap 0.4.2", "\"UpdatedUtc\":{\"StartUtc\":\"2026-11-28T07:00:00Z\",\"EndUtc\":\"2026-11-28T08:00:00Z\"},\"Limitation\":{\"Count\":1000}")),
            Request(1, "customers/getAll", TimeSpan.FromMinutes(1), 400, body: Sent("Concierge MCP 1.3.0", "\"LastNames\":[\"Novák\"],\"Limitation\":{\"Count\":10}")),
            Request(2, "rates/getPricing", TimeSpan.FromMinutes(2), 400, body: Sent("Ledgerly Export 3.2.0", "\"LastTimeUnitStartUtc\":\"2026-12-31T23:00:00Z\"")),
            Request(3, "rates/getAll", TimeSpan.FromMinutes(3), 400, body: Sent("Acme BI tap 0.4.2", "\"ServiceIds\":null,\"Limitation\":{\"Count\":1000}")),
            Request(4, "rates/getAll", TimeSpan.FromMinutes(4), body: Sent("Acme BI tap 0.4.2", $"\"ServiceIds\":[\"{ServiceId}\"],\"Limitation\":{{\"Count\":1000}}")));

        Assert.False(result.Passed);
        ReviewFinding Of(string start) => Assert.Single(result.Findings, f => f.Message.Contains(start, StringComparison.Ordinal));
        var services = Of("rates/getAll requires ServiceIds");
        Assert.Equal("2 calls: rates/getAll requires ServiceIds (the reference marks it required) and it was not sent; Mews answers such a call 400. First sent: UpdatedUtc, Limitation. Mews answered: 400 ×2.", services.Message);
        Assert.Equal([0, 3], services.Requests);
        Assert.Equal([1], Of("customers/getAll requires Extent").Requests);
        Assert.Equal([2], Of("rates/getPricing requires RateId").Requests);
        Assert.Equal([2], Of("rates/getPricing requires FirstTimeUnitStartUtc").Requests);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("requires Limitation", StringComparison.Ordinal) || f.Message.Contains("requires LastTimeUnitStartUtc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_required_property_left_out_claims_a_400_only_when_Mews_answered_one()
    {
        const string withoutServiceIds = "\"UpdatedUtc\":{\"StartUtc\":\"2026-11-28T07:00:00Z\",\"EndUtc\":\"2026-11-28T08:00:00Z\"},\"Limitation\":{\"Count\":1000}";
        ConnectorRequest[] Answered(int status) => [.. Enumerable.Range(0, 12).Select(i => Request(i, "rates/getAll", TimeSpan.FromMinutes(i), status, body: Sent("Acme BI tap 0.4.2", withoutServiceIds)))];

        var accepted = Review(new FormatCheck(Catalog), Answered(200));
        Assert.True(accepted.Passed);
        Assert.Equal("Warning: 12 calls: rates/getAll requires ServiceIds and it was not sent: the reference marks it required; Mews accepted it here, but may refuse it. " +
                     "First sent: UpdatedUtc, Limitation. Mews answered: 200 ×12.", Assert.Single(accepted.Findings).Message);

        var unavailable = Review(new FormatCheck(Catalog), Answered(503));
        Assert.False(unavailable.Passed);
        Assert.Equal("12 calls: rates/getAll requires ServiceIds (the reference marks it required) and it was not sent. First sent: UpdatedUtc, Limitation. Mews answered: 503 ×12.",
            Assert.Single(unavailable.Findings).Message);
    }

    [Fact]
    public void An_undocumented_operation_declared_with_a_reason_is_a_warning_and_without_one_the_declaration_says_how()
    {
        const string operation = "customers/getAll/2025-01-01";
        var declared = $$"""{"operations":["configuration/get",{"operation":"{{operation}}","reason":"the assistant searches guests by last name; Mews support pointed us to it"}]}""";
        var requests = Enumerable.Range(0, 3).Select(i => Request(i, operation, TimeSpan.FromMinutes(i), body: Sent("Concierge MCP 1.3.0", "\"LastNames\":[\"Novák\"]")))
            .Append(Request(3, "configuration/get", TimeSpan.FromMinutes(5), body: Sent("Concierge MCP 1.3.0", ""))).ToArray();

        var report = Run(declared, requests);

        var s2 = report.Checks.Single(c => c.Id == "S2");
        Assert.True(s2.Passed);
        Assert.StartsWith($"Warning: {operation} is not in the current reference; it is declared because \"the assistant searches guests by last name", Assert.Single(s2.Findings).Message);
        // S2 warns of it with its reason; S5 does not say it again.
        Assert.Empty(report.Checks.Single(c => c.Id == "S5").Findings);
        Assert.Contains(report.Usage, u => u.Operation == operation && u.Declared && u.Requests == 3);

        var undeclared = Run("""{"operations":["configuration/get"]}""", requests).Checks.Single(c => c.Id == "S5");
        Assert.False(undeclared.Passed);
        Assert.Contains("""declare it with the reason the flow needs it, {"operation":"…","reason":"…"}""", Assert.Single(undeclared.Findings).Message);

        var (workflow, problems) = DeclaredWorkflow.Parse($$"""{"operations":["{{operation}}",{"operation":"rates/getall"}]}""", Catalog);
        Assert.Null(workflow);
        Assert.Contains($$"""declare it with the reason: {"operation":"{{operation}}","reason":"…"}""", problems[0]);
        Assert.Contains("the reference has rates/getAll", problems[1]);
    }

    [Fact]
    public void A_misspelt_documented_operation_is_refused_on_the_form_and_the_declaration_whatever_its_purpose_or_reason()
    {
        var input = new JourneyInput { Operations = [new OperationInput { Name = "reservations/getall/2023-06-06", Purpose = "Sync reservations every 30 minutes" }] };

        Assert.Equal("'reservations/getall/2023-06-06' is not a documented operation path; the reference has reservations/getAll/2023-06-06 (the match is case-sensitive).",
            input.Validate(Catalog, new DateOnly(2026, 11, 28))[nameof(JourneyInput.Operations)]);
        var (workflow, problems) = DeclaredWorkflow.Parse("""{"operations":[{"operation":"reservations/getAll/2023-06-06/","reason":"sync"}]}""", Catalog);
        Assert.Null(workflow);
        Assert.Contains("the reference has reservations/getAll/2023-06-06", Assert.Single(problems));
    }

    [Fact]
    public void An_undocumented_path_is_called_misspelt_only_when_Mews_answered_404_or_405()
    {
        ConnectorRequest[] Answered(int status) => [.. Enumerable.Range(0, 2).Select(i => Request(i, "rates/getall", TimeSpan.FromMinutes(i), status, body: Sent("Acme BI 1.0.0", "")))];

        var notFound = Assert.Single(Review(new FormatCheck(Catalog), Answered(404)).Findings).Message;
        Assert.Equal("2 calls: Q1: /api/connector/v1/rates/getall is not a documented operation path; Mews matches paths exactly (case-sensitive, no trailing slash); " +
                     "the reference has rates/getAll. Mews answered: 404 ×2.", notFound);

        foreach (var status in new[] { 400, 401, 429, 503 })
        {
            var result = Review(new FormatCheck(Catalog), Answered(status));
            Assert.False(result.Passed);
            var finding = Assert.Single(result.Findings).Message;
            Assert.DoesNotContain("matches paths exactly", finding);
            Assert.StartsWith($"2 calls: Q1: /api/connector/v1/rates/getall is not in the current reference; Mews answered {status} ×2, which does not show whether the path exists; the reference has rates/getAll.", finding);
        }
    }

    [Fact]
    public void Client_is_one_name_of_the_integrations_own_with_a_version_across_the_run()
    {
        ConnectorRequest With(int index, string client) => Request(index, "configuration/get", TimeSpan.FromMinutes(index), body: Sent(client, ""));

        Assert.Empty(Review(new FormatCheck(Catalog), With(0, "Acme Revenue 2.4.1"), With(1, "Acme Revenue 2.4.1")).Findings);

        var mixed = Review(new FormatCheck(Catalog), With(0, "Acme Revenue 2.4.1"), With(1, "Go-http-client/1.1"), With(2, "Acme Revenue 2.4.1"));
        Assert.False(mixed.Passed);
        Assert.Equal([0, 1], Assert.Single(mixed.Findings, f => f.Message.StartsWith("Q3: the run sends 2 different Client names", StringComparison.Ordinal)).Requests);
        Assert.StartsWith("Warning (ours): Client \"Go-http-client/1.1\" looks like a library's", Assert.Single(mixed.Findings, f => f.Message.Contains("Go-http-client/1.1\" looks", StringComparison.Ordinal)).Message);

        var release = Review(new FormatCheck(Catalog), With(0, "Acme Revenue 2.4.1"), With(1, "Acme Revenue 2.4.2"));
        Assert.True(release.Passed);
        Assert.StartsWith("Warning (ours): Client \"Acme Revenue\" changes version during the run (2.4.1 from #0, 2.4.2 from #1)", Assert.Single(release.Findings).Message);

        var unversioned = Review(new FormatCheck(Catalog), With(0, "Acme Revenue"));
        Assert.Equal("1 call: Q3: Client has no version; Mews wants the application's name and version, e.g. \"Acme Revenue 2.4.1\". First sent: \"Acme Revenue\". Mews answered: 200 ×1.",
            Assert.Single(unversioned.Findings).Message);

        var missing = Review(new FormatCheck(Catalog), Request(0, "configuration/get", TimeSpan.Zero, body: """{"ClientToken":"[redacted]","AccessToken":"[redacted]"}"""));
        Assert.Contains("Q3: Client is missing", Assert.Single(missing.Findings).Message);

        Assert.All(new[] { "tap-mews 0.4.2", "Mews Go SDK v0.9.1", "Sample Client 1.0.0", "mcp-server-mews 1.0" }, generic => Assert.True(ClientName.Parse(generic).IsGeneric, generic));
        Assert.All(new[] { "Acme BI tap 0.4.2", "Concierge MCP 1.3.0", "Ledgerly Export 3.2.0" }, own => Assert.False(ClientName.Parse(own).IsGeneric, own));
        Assert.Equal(new ClientName("Go-http-client/1.1", "Go-http-client", "1.1"), ClientName.Parse("Go-http-client/1.1"));
        Assert.Equal(new ClientName("Mews Go SDK v0.9.1", "Mews Go SDK", "0.9.1"), ClientName.Parse("Mews Go SDK v0.9.1"));
    }

    [Fact]
    public void Client_names_past_the_cap_are_counted_together_and_their_versions_are_not_a_release()
    {
        var requests = Enumerable.Range(0, ClientNames.MaxNames + 5).Select(i => Request(i, "configuration/get", TimeSpan.FromMinutes(i), body: Sent($"Acme{i} Revenue 2.{i}.0", ""))).ToArray();

        var result = Review(new FormatCheck(Catalog), requests);

        Assert.Contains(result.Findings, f => f.Message.StartsWith($"Q3: the run sends more than {ClientNames.MaxNames} different Client names", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("changes version", StringComparison.Ordinal));
    }

    [Fact]
    public void Requests_to_the_production_host_fail_and_a_host_that_is_neither_is_our_warning()
    {
        Assert.Empty(Review(new FormatCheck(Catalog), At("api.mews-demo.com", 0, "configuration/get")).Findings);

        var production = Review(new FormatCheck(Catalog), At("api.mews.com", 0, "configuration/get"), At("api.mews-demo.com", 1, "configuration/get"), At("api.mews.com", 2, "configuration/get"));
        Assert.False(production.Passed);
        var finding = Assert.Single(production.Findings);
        Assert.StartsWith("2 calls: Q5: sent to the production host api.mews.com; a certification run goes to the demo, https://api.mews-demo.com", finding.Message);
        Assert.Equal([0, 2], finding.Requests);

        var local = Review(new FormatCheck(Catalog), At("127.0.0.1", 0, "configuration/get"));
        Assert.True(local.Passed);
        Assert.StartsWith("Warning (ours): 1 call: Q5: sent to 127.0.0.1, neither the Mews demo nor production", Assert.Single(local.Findings).Message);
    }

    [Fact]
    public void The_2026_deprecations_are_flagged_where_the_reference_does_not_still_document_the_old_name()
    {
        var result = Review(new DeprecationCheck(Catalog),
            Request(0, "payments/addCreditCard", TimeSpan.Zero, body: Sent("Kiosk Pro 5.0.1", "\"CustomerId\":\"c\",\"Amount\":{},\"CreditCard\":{}")),
            Request(1, "customers/update", TimeSpan.FromMinutes(1), body: Sent("Kiosk Pro 5.0.1", "\"CustomerId\":\"c\",\"Classifications\":[\"Blacklist\"]")),
            Request(2, "availabilityBlocks/getAll", TimeSpan.FromMinutes(2), body: Sent("Kiosk Pro 5.0.1", "\"RateId\":\"r\",\"Extent\":{},\"Limitation\":{\"Count\":10}")),
            Request(3, "rates/getPricing", TimeSpan.FromMinutes(3), body: Sent("Kiosk Pro 5.0.1", "\"RateId\":\"r\",\"FirstTimeUnitStartUtc\":\"2026-11-28T23:00:00Z\",\"LastTimeUnitStartUtc\":\"2026-11-29T23:00:00Z\"")),
            Request(4, "resourceBlocks/getAll", TimeSpan.FromMinutes(4), body: Sent("Kiosk Pro 5.0.1", "\"Extent\":{\"Inactive\":true},\"Limitation\":{\"Count\":10}")));

        Assert.False(result.Passed);
        string Of(int request) => Assert.Single(result.Findings, f => f.Requests.Contains(request)).Message;
        Assert.Equal("payments/addCreditCard is deprecated since 29 Jul 2026 (to be discontinued on 10 Jan 2028) and was called 1 time (Mews answered: 200 ×1); the deprecations page names what replaces it.", Of(0));
        Assert.StartsWith("Warning: 1 call: customers/update: the value Blacklist of Classifications is deprecated since 23 Apr 2026 (Mews' deprecations page); send Blocklist instead.", Of(1));
        Assert.StartsWith("Warning: 1 call: availabilityBlocks/getAll: RateId is deprecated since 10 Jun 2026 (Mews' deprecations page); send TemplateRateId instead.", Of(2));
        Assert.DoesNotContain(result.Findings, f => f.Requests.Contains(3));
        Assert.StartsWith("Warning: 1 call: resourceBlocks/getAll: Extent is deprecated in the reference", Of(4));
    }
}
