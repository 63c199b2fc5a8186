using System.Globalization;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>
/// False alarms three real clients met (a Singer tap syncing hourly, a Go SDK's nightly accounting export, an MCP
/// server an assistant drives), each with a log shaped like theirs.
/// </summary>
public sealed class FalseAlarmTests
{
    private const string Reservations = "reservations/getAll/2023-06-06";
    private const string ServiceA = "bd26d8db-86da-4f96-9efc-e5a4654a4a94";
    private const string ServiceB = "5b4a1c9e-0f7d-4a62-8c1e-2d3f4a5b6c7d";
    private static readonly ConnectorCatalog Catalog = ConnectorCatalog.Shipped;

    private static DeclaredWorkflow Declared(string json) => DeclaredWorkflow.Parse(json, Catalog).Value!;

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Interval(string name, DateTimeOffset start, DateTimeOffset end) =>
        $$"""
        "{{name}}":{"StartUtc":"{{Utc(start)}}","EndUtc":"{{Utc(end)}}"}
        """;

    private static string Sent(string client, string properties) =>
        "{\"ClientToken\":\"[redacted]\",\"AccessToken\":\"[redacted]\",\"Client\":\"" + client + "\"," + properties + "}";

    private static IEnumerable<string> Messages(ReviewReport report) => report.Checks.SelectMany(c => c.Findings).Select(f => f.Message);

    [Fact]
    public void A_nightly_export_whose_runs_are_24_hours_and_a_tenth_of_a_second_apart_fetches_daily()
    {
        var requests = Enumerable.Range(0, 3).Select(night =>
        {
            var at = night * (TimeSpan.FromDays(1) + TimeSpan.FromMilliseconds(100));
            return Request(night, "orderItems/getAll", at, body: Sent("Ledgerly Export 3.2.0",
                Interval("ConsumedUtc", Start.AddDays(night - 1), Start.AddDays(night)) + ",\"Limitation\":{\"Cursor\":null,\"Count\":1000}"));
        }).ToArray();

        var result = Review(new FrequencyCheck(Catalog, Declared("""{"useCases":["Accounting"],"operations":["orderItems/getAll"]}""")), requests);

        Assert.True(result.Passed, string.Join("\n", result.Findings.Select(f => f.Message)));
    }

    [Fact]
    public void Two_partitions_read_in_one_hourly_sync_run_are_each_polled_hourly_not_every_few_seconds()
    {
        var requests = new List<ConnectorRequest>();
        for (var hour = 0; hour < 48; hour++)
        {
            var at = TimeSpan.FromHours(hour);
            foreach (var (service, offset) in new[] { (ServiceA, TimeSpan.Zero), (ServiceB, TimeSpan.FromSeconds(3.9)) })
                requests.Add(Request(requests.Count, Reservations, at + offset, body: Sent("Acme BI tap 0.4.2",
                    $"\"ServiceIds\":[\"{service}\"]," + Interval("UpdatedUtc", Start + at - TimeSpan.FromHours(1), Start + at) + ",\"Limitation\":{\"Cursor\":null,\"Count\":1000}")));
        }
        var check = new FrequencyCheck(Catalog, Declared($$"""{"useCases":["Revenue management"],"operations":["{{Reservations}}"]}"""));

        var result = Review(check, [.. requests]);

        Assert.True(result.Passed, string.Join("\n", result.Findings.Select(f => f.Message)));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("3.9 s", StringComparison.Ordinal));
        Assert.Equal(2, check.Rows.Count);
        Assert.All(check.Rows, row => Assert.Equal(TimeSpan.FromHours(1), row.Median));
        Assert.True(Review(new FilterCheck(Catalog), [.. requests]).Passed);
    }

    [Fact]
    public void Customers_filtered_by_last_name_or_email_are_narrowed_and_an_unfiltered_read_names_the_documented_filters()
    {
        const string extent = "\"Extent\":{\"Customers\":true},\"Limitation\":{\"Cursor\":null,\"Count\":10}";

        var named = Review(new FilterCheck(Catalog),
            Request(0, "customers/getAll", TimeSpan.Zero, body: Sent("Concierge MCP 1.3.0", "\"LastNames\":[\"Nováková\"]," + extent)),
            Request(1, "customers/getAll", TimeSpan.FromSeconds(20), body: Sent("Concierge MCP 1.3.0", "\"Emails\":[\"jana@example.com\"]," + extent)));

        Assert.True(named.Passed, string.Join("\n", named.Findings.Select(f => f.Message)));
        Assert.Empty(named.Findings);

        var everything = Review(new FilterCheck(Catalog), Request(0, "customers/getAll", TimeSpan.Zero, body: Sent("Concierge MCP 1.3.0", extent)));
        var finding = Assert.Single(everything.Findings).Message;
        Assert.Contains("customers/getAll was called without any filter", finding);
        Assert.Contains("LastNames", finding);
    }

    [Fact]
    public void The_next_scheduled_sync_after_a_408_is_no_retry_and_the_timed_out_window_is_named_as_never_read_again()
    {
        var hour = TimeSpan.FromHours(1);
        var result = Review(new FilterCheck(Catalog),
            Request(0, Reservations, TimeSpan.Zero, body: Sent("Acme BI tap 0.4.2", Interval("UpdatedUtc", Start - hour, Start) + ",\"Limitation\":{\"Cursor\":null,\"Count\":1000}")),
            Request(1, Reservations, hour, 408, body: Sent("Acme BI tap 0.4.2", Interval("UpdatedUtc", Start, Start + hour) + ",\"Limitation\":{\"Cursor\":null,\"Count\":1000}")),
            Request(2, Reservations, 2 * hour, body: Sent("Acme BI tap 0.4.2", Interval("UpdatedUtc", Start + hour, Start + 2 * hour) + ",\"Limitation\":{\"Cursor\":null,\"Count\":1000}")));

        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("retried after a 408", StringComparison.Ordinal));
        var finding = Assert.Single(result.Findings, f => f.Message.Contains("never read again", StringComparison.Ordinal));
        Assert.Equal([1], finding.Requests);
        Assert.Contains("2026-11-28T08:00:00Z – 2026-11-28T09:00:00Z", finding.Message);
    }

    [Fact]
    public void A_502_answered_as_text_html_in_JSON_Lines_says_nothing_about_the_request_content_type()
    {
        const string body = """{"ClientToken":"[redacted]","AccessToken":"[redacted]","Client":"Acme BI tap 0.4.2"}""";
        var log = string.Join('\n',
            $$$"""{"timeUtc":"2026-11-28T08:00:00Z","method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","status":502,"durationMs":30012,"requestBody":{{{body}}},"responseHeaders":{"Content-Type":"text/html; charset=utf-8","Request-Id":"r-1"},"responseBody":"<html><body>Bad gateway</body></html>"}""",
            $$$"""{"timeUtc":"2026-11-28T08:00:30Z","method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","status":200,"durationMs":80,"requestBody":{{{body}}},"requestHeaders":{"Content-Type":"application/json"},"responseHeaders":{"Content-Type":"application/json"}}""",
            $$$"""{"timeUtc":"2026-11-28T08:01:00Z","method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","status":200,"durationMs":80,"requestBody":{{{body}}},"requestHeaders":{"content-type":"text/plain"}}""",
            $$$"""{"timeUtc":"2026-11-28T08:01:30Z","method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","status":200,"durationMs":80,"requestBody":{{{body}}},"contentType":"application/x-www-form-urlencoded"}""");

        var requests = JsonLinesLog.Read(new StringReader(log)).Select(e => e.Request!).ToArray();

        Assert.Equal([null, "application/json", "text/plain", "application/x-www-form-urlencoded"], requests.Select(c => c.ContentType));
        var result = Review(new FormatCheck(Catalog), requests);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("text/html", StringComparison.Ordinal));
        Assert.Equal([2], Assert.Single(result.Findings, f => f.Message.Contains("sent as text/plain", StringComparison.Ordinal)).Requests);
        Assert.Equal([3], Assert.Single(result.Findings, f => f.Message.Contains("sent as application/x-www-form-urlencoded", StringComparison.Ordinal)).Requests);
    }

    [Fact]
    public void Nine_fractional_digits_in_a_UTC_time_are_ISO_8601_and_at_most_a_warning()
    {
        var result = Review(new FormatCheck(Catalog), Request(0, Reservations, TimeSpan.Zero, body: Sent("Acme BI tap 0.4.2",
            "\"UpdatedUtc\":{\"StartUtc\":\"2026-11-28T07:00:00.123456789Z\",\"EndUtc\":\"2026-11-28T08:00:00.1Z\"},\"Limitation\":{\"Cursor\":null,\"Count\":1000}")));

        Assert.True(result.Passed, string.Join("\n", result.Findings.Select(f => f.Message)));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("not ISO 8601", StringComparison.Ordinal));
        Assert.StartsWith("Warning (ours): 1 call: Q4: StartUtc has 9 fractional digits", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void A_misspelt_or_wrongly_cased_property_is_not_in_the_reference_not_deprecated()
    {
        var declared = Declared("""{"operations":["services/getAll"]}""");
        var report = ConnectorReviewer.Review([new LogEntry(Request(0, "services/getAll", TimeSpan.Zero, body: Sent("Acme BI tap 0.4.2",
            $"\"EnterpriseIDs\":[\"{ServiceA}\"],\"ServiceType\":\"Reservable\",\"Limitation\":{{\"Cursor\":null,\"Count\":100}}")), null)], Catalog, declared);

        var finding = Assert.Single(Messages(report), m => m.Contains("EnterpriseIDs", StringComparison.Ordinal));
        Assert.Contains("EnterpriseIDs is not in the current reference (check spelling and letter case: the reference has EnterpriseIds)", finding);
        Assert.DoesNotContain("deprecated", finding);
        Assert.True(report.Checks.Single(c => c.Id == "S9").Passed);
    }

    [Fact]
    public void An_undocumented_operation_that_answered_200_says_so_instead_of_claiming_a_404()
    {
        var requests = Enumerable.Range(0, 468).Select(i => Request(i, "customers/getAll/2025-01-01", TimeSpan.FromMinutes(i), body: Sent("Concierge MCP 1.3.0", "\"LastNames\":[\"Novák\"]"))).ToArray();

        var finding = Assert.Single(Review(new FormatCheck(Catalog), requests).Findings, f => f.Message.Contains("customers/getAll/2025-01-01", StringComparison.Ordinal));

        Assert.DoesNotContain("answers 404", finding.Message);
        Assert.Contains("Mews answered 200 to 468 of 468 calls", finding.Message);
    }

    [Fact]
    public void S4_names_each_request_once_when_429s_follow_each_other()
    {
        var requests = Enumerable.Range(0, 10).Select(i => Request(i, "rates/getPricing", TimeSpan.FromMilliseconds(100 * i), i == 0 ? 200 : 429, retryAfter: i == 0 ? null : TimeSpan.FromSeconds(5))).ToArray();

        var finding = Assert.Single(Review(new RateCheck(), requests).Findings);

        Assert.Equal(finding.Requests.Distinct(), finding.Requests);
        Assert.Equal(Enumerable.Range(1, 9), finding.Requests);
        Assert.StartsWith("8 calls after a 429 came before its Retry-After ran out", finding.Message);
    }

    [Fact]
    public void S1_shows_the_seconds_of_a_run_just_short_of_48_hours()
    {
        var result = Review(new RunLengthCheck(), Request(0, "configuration/get", TimeSpan.Zero), Request(1, "configuration/get", TimeSpan.FromHours(48) - TimeSpan.FromMilliseconds(100)));

        Assert.False(result.Passed);
        Assert.StartsWith("The run spans 47 h 59 min 59.9 s (0.1 s short of 48 hours)", Assert.Single(result.Findings).Message);
    }
}
