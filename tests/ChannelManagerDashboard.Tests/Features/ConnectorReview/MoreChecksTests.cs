using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Calls;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class MoreChecksTests
{
    private const string Reservations = "reservations/getAll/2023-06-06";
    private static readonly ConnectorCatalog Catalog = ConnectorCatalog.Shipped;

    private static DeclaredWorkflow Declared(string useCase) =>
        DeclaredWorkflow.Parse($$"""{"useCases":[{{(useCase.Length > 0 ? $"\"{useCase}\"" : "")}}],"operations":["{{Reservations}}"]}""", Catalog).Workflow!;

    private static string Window(DateTimeOffset start, DateTimeOffset end, string cursor = "null") =>
        With($$"""
        "UpdatedUtc":{"StartUtc":"{{start.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}","EndUtc":"{{end.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"},"Limitation":{"Cursor":{{cursor}},"Count":1000}
        """);

    [Fact]
    public void S3_passes_an_error_a_later_call_resolves_and_fails_one_left_open()
    {
        var resolved = Review(new ErrorsResolvedCheck(), Call(0, "services/getAll", TimeSpan.Zero, 503), Call(1, "services/getAll", TimeSpan.FromSeconds(30)));
        Assert.True(resolved.Passed);
        Assert.True(resolved.Heuristic);

        var open = Review(new ErrorsResolvedCheck(), Call(0, "services/getAll", TimeSpan.Zero, 401), Call(1, "configuration/get", TimeSpan.FromSeconds(30)));
        Assert.False(open.Passed);
        var finding = Assert.Single(open.Findings);
        Assert.StartsWith("services/getAll: 1 call answered 401 and no later call to it succeeded; a 401 means", finding.Message);
        Assert.Equal([0], finding.Calls);
    }

    [Fact]
    public void S3_fails_a_refused_body_sent_again_unchanged_and_a_repeated_404_but_not_an_unchanged_retry_after_a_5xx()
    {
        var body = With("\"RateId\":\"x\"");
        var resent = Review(new ErrorsResolvedCheck(), Call(0, "rates/updatePrice", TimeSpan.Zero, 400, body: body), Call(1, "rates/updatePrice", TimeSpan.FromSeconds(5), 400, body: body),
            Call(2, "rates/updatePrice", TimeSpan.FromSeconds(9)));
        Assert.False(resent.Passed);
        Assert.Equal([1], Assert.Single(resent.Findings).Calls);

        var notFound = Review(new ErrorsResolvedCheck(), Call(0, "rates/getall", TimeSpan.Zero, 404), Call(1, "rates/getall", TimeSpan.FromSeconds(5), 404));
        Assert.Contains(notFound.Findings, f => f.Message.Contains("answered 404 2 times", StringComparison.Ordinal));

        var retried = Review(new ErrorsResolvedCheck(), Call(0, "rates/getAll", TimeSpan.Zero, 503, body: body), Call(1, "rates/getAll", TimeSpan.FromSeconds(5), 503, body: body),
            Call(2, "rates/getAll", TimeSpan.FromSeconds(20), body: body));
        Assert.True(retried.Passed);
    }

    [Fact]
    public void S6_fails_a_missing_Limitation_a_Count_over_1000_and_the_same_cursor_twice_and_warns_about_page_one_re_read()
    {
        var clean = Review(new PaginationCheck(Catalog),
            Call(0, Reservations, TimeSpan.Zero, body: Window(Start, Start.AddHours(1))),
            Call(1, Reservations, TimeSpan.FromSeconds(1), body: Window(Start, Start.AddHours(1), "\"c-1\"")),
            Call(2, Reservations, TimeSpan.FromSeconds(2), body: Window(Start, Start.AddHours(1), "\"c-2\"")));
        Assert.True(clean.Passed);
        Assert.Empty(clean.Findings);

        var broken = Review(new PaginationCheck(Catalog),
            Call(0, Reservations, TimeSpan.Zero, body: With("")),
            Call(1, "services/getAll", TimeSpan.FromSeconds(1), body: With("\"Limitation\":{\"Count\":5000}")),
            Call(2, Reservations, TimeSpan.FromSeconds(2), body: Window(Start, Start.AddHours(1), "\"c-1\"")),
            Call(3, Reservations, TimeSpan.FromSeconds(3), body: Window(Start, Start.AddHours(1), "\"c-1\"")));
        Assert.False(broken.Passed);
        Assert.Equal(3, broken.Findings.Count);
        Assert.Equal([0], broken.Findings[0].Calls);
        Assert.Contains("requires Limitation", broken.Findings[0].Message);
        Assert.Contains("Limitation.Count is 5000", broken.Findings[1].Message);
        Assert.Equal([3], broken.Findings[2].Calls);

        var loop = Review(new PaginationCheck(Catalog),
            Call(0, Reservations, TimeSpan.Zero, body: Window(Start, Start.AddHours(1))), Call(1, Reservations, TimeSpan.FromSeconds(10), body: Window(Start, Start.AddHours(1))));
        Assert.True(loop.Passed);
        Assert.StartsWith("Warning (ours): the same first page", Assert.Single(loop.Findings).Message);
    }

    [Fact]
    public void S7_passes_chained_windows_and_fails_an_unfiltered_getAll_an_interval_over_three_months_too_many_ids_and_a_gap()
    {
        var chained = Review(new FilterCheck(Catalog),
            Call(0, Reservations, TimeSpan.Zero, body: Window(Start.AddMinutes(-30), Start)),
            Call(1, Reservations, TimeSpan.FromMinutes(30), body: Window(Start, Start.AddMinutes(30))),
            Call(2, "configuration/get", TimeSpan.FromMinutes(31)), Call(3, "services/getAll", TimeSpan.FromMinutes(32), body: With("\"Limitation\":{\"Count\":100}")));
        Assert.True(chained.Passed);
        Assert.Empty(chained.Findings);

        var ids = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"{i}\""));
        var broken = Review(new FilterCheck(Catalog),
            Call(0, Reservations, TimeSpan.Zero, body: With("\"Limitation\":{\"Count\":100}")),
            Call(1, Reservations, TimeSpan.FromSeconds(1), body: With("\"CollidingUtc\":{\"StartUtc\":\"2026-01-01T00:00:00Z\",\"EndUtc\":\"2026-06-01T00:00:00Z\"}")),
            Call(2, Reservations, TimeSpan.FromSeconds(2), body: With($"\"ChannelNumbers\":[{ids}]")),
            Call(3, Reservations, TimeSpan.FromMinutes(1), body: Window(Start.AddMinutes(-30), Start)),
            Call(4, Reservations, TimeSpan.FromMinutes(30), body: Window(Start.AddMinutes(10), Start.AddMinutes(30))));
        Assert.False(broken.Passed);
        string Named(int call) => Assert.Single(broken.Findings, f => f.Calls.Contains(call)).Message;
        Assert.Contains("without any filter", Named(0));
        Assert.Contains("First sent: Limitation.", Named(0));
        Assert.Contains("CollidingUtc spans more than the 3 months the reference allows; split it into several calls. First sent: 151 days, 2026-01-01T00:00:00Z – 2026-06-01T00:00:00Z.", Named(1));
        Assert.Contains("ChannelNumbers lists more than the 100 items the reference allows; split it into several calls. First sent: 101 items.", Named(2));
        Assert.Contains("starts after the previous one of the same query ended", Named(4));
    }

    [Fact]
    public void S7_fails_a_read_narrowed_only_by_a_partition_which_S8_still_counts_as_a_poll_of_its_own_query()
    {
        var onlyServices = With("\"ServiceIds\":[\"bd26d8db-86da-4f96-9efc-e5a4654a4a94\"],\"Limitation\":{\"Count\":1000}");
        var onlyEnterprises = With("\"EnterpriseIds\":[\"e-1\"],\"Limitation\":{\"Count\":1000}");

        var result = Review(new FilterCheck(Catalog), Call(0, Reservations, TimeSpan.Zero, body: onlyServices), Call(1, Reservations, TimeSpan.FromMinutes(1), body: onlyEnterprises));

        Assert.False(result.Passed);
        var finding = Assert.Single(result.Findings);
        Assert.Equal([0, 1], finding.Calls);
        Assert.Contains("reservations/getAll/2023-06-06 was called without any filter", finding.Message);
        Assert.DoesNotContain("ServiceIds", finding.Message.Split("First sent:")[0]);
        Assert.DoesNotContain("EnterpriseIds", finding.Message.Split("First sent:")[0]);
        using var body = System.Text.Json.JsonDocument.Parse(onlyServices);
        Assert.False(RequestBody.IsLookup(Catalog.Find(Reservations), body.RootElement));
        Assert.True(Review(new FilterCheck(Catalog), Call(0, Reservations, TimeSpan.Zero, body: With("\"ServiceIds\":[\"s\"],\"States\":[\"Confirmed\"],\"Limitation\":{\"Count\":10}"))).Passed);
    }

    [Fact]
    public void S7_fails_a_408_retried_with_the_same_interval_and_passes_a_narrower_one()
    {
        var day = Window(Start.AddDays(-7), Start);
        var same = Review(new FilterCheck(Catalog), Call(0, Reservations, TimeSpan.Zero, 408, body: day), Call(1, Reservations, TimeSpan.FromSeconds(5), body: day));
        Assert.Contains("retried after a 408", Assert.Single(same.Findings).Message);

        var dayByDay = Enumerable.Range(0, 7).Select(d => Call(d + 1, Reservations, TimeSpan.FromSeconds(5 + d), body: Window(Start.AddDays(d - 7), Start.AddDays(d - 6))));
        var narrower = Review(new FilterCheck(Catalog), [Call(0, Reservations, TimeSpan.Zero, 408, body: day), .. dayByDay]);
        Assert.True(narrower.Passed);

        var partly = Review(new FilterCheck(Catalog), Call(0, Reservations, TimeSpan.Zero, 408, body: day), Call(1, Reservations, TimeSpan.FromSeconds(5), body: Window(Start.AddDays(-1), Start)));
        Assert.Contains("of which 2026-11-21T08:00:00Z – 2026-11-27T08:00:00Z is unread", Assert.Single(partly.Findings).Message);
    }

    [Fact]
    public void S8_fails_polling_faster_than_the_use_case_says_and_static_data_read_too_often_and_passes_the_documented_pace()
    {
        ConnectorCall[] Every(TimeSpan gap, string operation = Reservations, int count = 10) =>
            [.. Enumerable.Range(0, count).Select(i => Call(i, operation, gap * i, body: Window(Start + gap * (i - 1), Start + gap * i)))];

        var paced = Review(new FrequencyCheck(Catalog, Declared("Revenue management")), Every(TimeSpan.FromMinutes(30)));
        Assert.True(paced.Passed);
        var fast = Review(new FrequencyCheck(Catalog, Declared("Revenue management")), Every(TimeSpan.FromMinutes(5)));
        Assert.False(fast.Passed);
        Assert.StartsWith("reservations/getAll/2023-06-06 (UpdatedUtc) is polled every 5 min (median of 10 polls); the Revenue management page says to sync reservations every 30 minutes",
            Assert.Single(fast.Findings).Message);

        var check = new FrequencyCheck(Catalog, Declared(""));
        var staticData = Review(check, Every(TimeSpan.FromHours(1), "configuration/get", 49));
        Assert.False(staticData.Passed);
        Assert.Contains("static data read 24.5 times a day", Assert.Single(staticData.Findings).Message);
        var row = Assert.Single(check.Rows);
        Assert.Equal((49, TimeSpan.FromHours(1)), (row.Polls, row.Median));

        var webhook = Review(new FrequencyCheck(Catalog, Declared("")), Every(TimeSpan.FromMinutes(2)));
        Assert.True(webhook.Passed);
        Assert.Contains("ServiceOrderUpdated webhook", Assert.Single(webhook.Findings).Message);
    }

    [Fact]
    public void S8_measures_a_query_polled_every_30_seconds_at_30_seconds()
    {
        var thirty = TimeSpan.FromSeconds(30);
        ConnectorCall[] Chained(int count) => [.. Enumerable.Range(0, count).Select(i => Call(i, Reservations, thirty * i, body: Window(Start + thirty * (i - 1), Start + thirty * i)))];

        var fast = Review(new FrequencyCheck(Catalog, Declared("Revenue management")), Chained(60));
        Assert.False(fast.Passed);
        Assert.StartsWith("reservations/getAll/2023-06-06 (UpdatedUtc) is polled every 30 s (median of 60 polls)", Assert.Single(fast.Findings).Message);

        var webhook = Review(new FrequencyCheck(Catalog, Declared("")), Chained(60));
        Assert.StartsWith("Warning (ours): reservations/getAll/2023-06-06 (UpdatedUtc) is polled every 30 s (median)", Assert.Single(webhook.Findings).Message);

        // The same export's status every 30 s; the Data export page says about every 5 minutes.
        var export = DeclaredWorkflow.Parse("""{"useCases":["Data export"],"operations":["exports/getAll"]}""", Catalog).Workflow!;
        var status = Review(new FrequencyCheck(Catalog, export), [.. Enumerable.Range(0, 20).Select(i => Call(i, "exports/getAll", thirty * i, body: With("\"ExportIds\":[\"x-1\"]")))]);
        Assert.False(status.Passed);
        Assert.StartsWith("exports/getAll (ExportIds=[\"x-1\"]) is polled every 30 s (median of 20 polls); the Data export page says to poll an export's status about every 5 minutes", Assert.Single(status.Findings).Message);
    }

    [Fact]
    public void S8_counts_a_sync_once_with_its_chunks_and_its_retries()
    {
        var calls = new List<ConnectorCall>();
        void Add(TimeSpan at, string body, int status = 200) => calls.Add(Call(calls.Count, Reservations, at, status, body: body));
        for (var sync = 0; sync < 6; sync++)
        {
            var at = TimeSpan.FromMinutes(30 * sync);
            var end = Start + at;
            // The half hour times out whole, then is read in three chunks, 2 s apart.
            Add(at, Window(end.AddMinutes(-30), end), 408);
            for (var chunk = 0; chunk < 3; chunk++)
                Add(at + TimeSpan.FromSeconds(2 * (chunk + 1)), Window(end.AddMinutes(-30 + 10 * chunk), end.AddMinutes(-20 + 10 * chunk)));
            // A later page fails, and the read starts again from the first page.
            Add(at + TimeSpan.FromSeconds(8), Window(end.AddMinutes(-10), end, "\"c-1\""), 503);
            Add(at + TimeSpan.FromSeconds(13), Window(end.AddMinutes(-10), end));
        }
        var check = new FrequencyCheck(Catalog, Declared("Revenue management"));

        var result = Review(check, [.. calls]);

        Assert.True(result.Passed, string.Join("\n", result.Findings.Select(f => f.Message)));
        var row = Assert.Single(check.Rows);
        Assert.Equal((6, TimeSpan.FromMinutes(30)), (row.Polls, row.Median));
    }

    [Fact]
    public void S9_warns_about_a_property_the_deprecations_page_names()
    {
        var result = Review(new DeprecationCheck(Catalog), Call(0, "services/getAll", TimeSpan.Zero, body: With("\"Extent\":{\"Services\":true},\"Limitation\":{\"Count\":10}")));

        Assert.True(result.Passed);
        Assert.StartsWith("Warning: 1 call: services/getAll: Extent is deprecated (Mews' deprecations page); drop it. Mews answered: 200 ×1.", Assert.Single(result.Findings).Message);
    }
}
