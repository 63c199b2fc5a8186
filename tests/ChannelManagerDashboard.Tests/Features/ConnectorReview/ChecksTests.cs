using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using ChannelManagerDashboard.Tests.Support;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ChecksTests
{
    private static readonly ConnectorCatalog Catalog = ConnectorCatalog.Shipped;

    private static DeclaredWorkflow Declared(string json) => DeclaredWorkflow.Parse(json, Catalog).Value!;

    [Fact]
    public void S1_passes_from_48_hours_and_names_the_first_and_last_request_when_shorter()
    {
        Assert.True(Review(new RunLengthCheck(), Request(0, "configuration/get", TimeSpan.Zero), Request(1, "configuration/get", TimeSpan.FromHours(48))).Passed);

        var short_ = Review(new RunLengthCheck(), Request(0, "configuration/get", TimeSpan.Zero), Request(1, "configuration/get", TimeSpan.FromHours(31.2)));
        Assert.False(short_.Passed);
        var finding = Assert.Single(short_.Findings);
        Assert.StartsWith("The run spans 31 h 12 min", finding.Message);
        Assert.Equal([0, 1], finding.Requests);
        Assert.False(Review(new RunLengthCheck()).Passed);
    }

    [Fact]
    public void S2_names_undeclared_and_unused_operations_and_warns_about_ones_the_use_case_does_not_document()
    {
        var declared = Declared("""{"useCases":["Revenue management"],"operations":["reservations/getAll/2023-06-06","configuration/get","bills/getAll"]}""");
        var fit = Review(new WorkflowFitCheck(declared),
            Request(0, "reservations/getAll/2023-06-06", TimeSpan.Zero), Request(1, "configuration/get", TimeSpan.FromMinutes(1)), Request(2, "customers/getAll", TimeSpan.FromMinutes(2)));

        Assert.False(fit.Passed);
        Assert.Contains(fit.Findings, f => f.Message.StartsWith("customers/getAll is called 1 time (Mews answered: 200 ×1) but not declared", StringComparison.Ordinal) && f.Requests.SequenceEqual([2]));
        Assert.Contains(fit.Findings, f => f.Message.StartsWith("bills/getAll is declared but never called", StringComparison.Ordinal));

        var clean = Declared("""{"useCases":["Revenue management"],"operations":["reservations/getAll/2023-06-06"]}""");
        Assert.True(Review(new WorkflowFitCheck(clean), Request(0, "reservations/getAll/2023-06-06", TimeSpan.Zero)).Passed);
    }

    [Fact]
    public void A_declaration_with_an_unknown_use_case_or_operation_is_refused_with_each_name()
    {
        var (workflow, problems) = DeclaredWorkflow.Parse("""{"useCases":["Revenue managment"],"operations":["/api/connector/v1/reservations/getAll/2023-06-06","reservations/GetAll"]}""", Catalog);

        Assert.Null(workflow);
        Assert.Equal(2, problems.Count);
        Assert.Contains("'Revenue managment' is not a documented use case", problems[0]);
        Assert.Contains("'reservations/GetAll' is not a documented operation path", problems[1]);
        Assert.Contains("not JSON", Assert.Single(DeclaredWorkflow.Parse("{", Catalog).Texts()));
    }

    [Fact]
    public void S4_fails_over_200_requests_in_30_seconds_per_token_warns_at_exactly_200_and_over_100()
    {
        var burst = Enumerable.Range(0, 201).Select(i => Request(i, "configuration/get", TimeSpan.FromMilliseconds(i * 100))).ToArray();
        var over = Review(new RateCheck(), burst);
        Assert.False(over.Passed);
        Assert.Equal([0, 200], Assert.Single(over.Findings).Requests);

        var atLimit = Review(new RateCheck(), burst[..200]);
        Assert.True(atLimit.Passed);
        Assert.StartsWith("Warning: AccessToken token-a reaches exactly 200 calls within 30 s. Mews allows 200", Assert.Single(atLimit.Findings).Message);

        var spread = Enumerable.Range(0, 201).Select(i => Request(i, "configuration/get", TimeSpan.FromMilliseconds(i * 100), token: i % 2 == 0 ? "a" : "b")).ToArray();
        var warned = Review(new RateCheck(), spread);
        Assert.True(warned.Passed);
        Assert.StartsWith("Warning (ours): AccessToken a peaks at 101 calls", Assert.Single(warned.Findings).Message);

        var slow = Enumerable.Range(0, 400).Select(i => Request(i, "configuration/get", TimeSpan.FromSeconds(i))).ToArray();
        Assert.Empty(Review(new RateCheck(), slow).Findings);
    }

    [Fact]
    public void S4_fails_a_request_sent_before_a_429s_Retry_After_ran_out()
    {
        var honoured = Review(new RateCheck(), Request(0, "services/getAll", TimeSpan.Zero, 429, retryAfter: TimeSpan.FromSeconds(10)), Request(1, "services/getAll", TimeSpan.FromSeconds(11)));
        Assert.True(honoured.Passed);

        var ignored = Review(new RateCheck(), Request(0, "services/getAll", TimeSpan.Zero, 429, retryAfter: TimeSpan.FromSeconds(10)), Request(1, "services/getAll", TimeSpan.FromSeconds(2)));
        Assert.False(ignored.Passed);
        Assert.Equal([0, 1], Assert.Single(ignored.Findings).Requests);
    }

    [Fact]
    public void S5_passes_a_well_formed_request_and_names_each_broken_rule_once_with_its_requests()
    {
        const string good = """{"ClientToken":"[redacted]","AccessToken":"[redacted]","Client":"Sample 1.0.0","UpdatedUtc":{"StartUtc":"2026-11-28T00:00:00Z","EndUtc":"2026-11-28T08:00:00.000Z"}}""";
        Assert.True(Review(new FormatCheck(Catalog), Request(0, "reservations/getAll/2023-06-06", TimeSpan.Zero, body: good)).Passed);

        var result = Review(new FormatCheck(Catalog),
            Request(0, "reservations/getall/2023-06-06", TimeSpan.Zero, 404, body: good),
            Request(1, "configuration/get", TimeSpan.FromSeconds(1), body: """{"ClientToken":"[redacted]","AccessToken":"[redacted]","Client":"Sample"}"""),
            Request(2, "configuration/get", TimeSpan.FromSeconds(2), body: """{"ClientToken":"[redacted]","Client":"Sample 1.0","LanguageCode":"en-US"}"""),
            Request(3, "reservations/getAll/2023-06-06", TimeSpan.FromSeconds(3), body: """{"ClientToken":"[redacted]","AccessToken":"[redacted]","Client":"Sample 1.0","UpdatedUtc":{"StartUtc":"2026-11-28 00:00","EndUtc":"2026-11-28T08:00:00+01:00"}}"""),
            Request(4, "configuration/get", TimeSpan.FromSeconds(4), body: "not json"));

        Assert.False(result.Passed);
        string Of(string start) => Assert.Single(result.Findings, f => f.Message.Contains(start, StringComparison.Ordinal)).Message;
        Assert.Equal("1 call: Q1: /api/connector/v1/reservations/getall/2023-06-06 is not a documented operation path; Mews matches paths exactly (case-sensitive, no trailing slash); " +
                     "the reference has reservations/getAll/2023-06-06. Mews answered: 404 ×1.", Of("getall"));
        Assert.Contains("Client has no version", Of("Client has no version"));
        Assert.Contains("AccessToken is missing", Of("AccessToken is missing"));
        Assert.Contains("go together", Of("go together"));
        Assert.Equal([3], Assert.Single(result.Findings, f => f.Message.Contains("StartUtc is not ISO", StringComparison.Ordinal)).Requests);
        Assert.Contains("EndUtc is not ISO", Of("EndUtc is not ISO"));
        Assert.Contains("not JSON", Of("not JSON"));
    }

    [Fact]
    public void S9_names_each_deprecated_operation_with_its_replacement()
    {
        var result = Review(new DeprecationCheck(Catalog), Request(0, "accountingItems/getAll", TimeSpan.Zero), Request(1, "configuration/get", TimeSpan.FromSeconds(1)),
            Request(2, "accountingItems/getAll", TimeSpan.FromSeconds(2)));

        Assert.False(result.Passed);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("accountingItems/getAll is deprecated since 19 Apr 2023 (discontinued since 10 Jan 2026) and was called 2 times (Mews answered: 200 ×2); use Get all payments instead.", finding.Message);
        Assert.Equal([0, 2], finding.Requests);
        Assert.True(Review(new DeprecationCheck(Catalog), Request(0, "configuration/get", TimeSpan.Zero)).Passed);
    }
}
