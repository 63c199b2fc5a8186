using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class FrequencyCheckTests
{
    [Fact]
    public void Distinct_queries_past_the_cap_are_counted_together_and_not_judged()
    {
        var declared = DeclaredWorkflow.Parse("""{"useCases":["Revenue management"],"operations":["rates/getAll"]}""", ConnectorCatalog.Shipped).Value!;
        var check = new FrequencyCheck(ConnectorCatalog.Shipped, declared);
        var requests = Enumerable.Range(0, 2 * FrequencyCheck.MaxQueries).Select(i =>
            Request(i, "rates/getAll", TimeSpan.FromMinutes(2 * i), body: With($"\"ServiceIds\":[\"s-{i}\"],\"Limitation\":{{\"Count\":100}}"))).ToArray();

        var result = Review(check, requests);

        Assert.True(result.Passed);
        Assert.Equal(FrequencyCheck.MaxQueries + 1, check.Rows.Count);
        Assert.Equal(FrequencyCheck.MaxQueries, Assert.Single(check.Rows, r => r.Operation == "rates/getAll (other queries, not judged)").Polls);
    }

    [Fact]
    public void S8_fails_polling_faster_than_the_use_case_says_and_static_data_read_too_often_and_passes_the_documented_pace()
    {
        ConnectorRequest[] Every(TimeSpan gap, string operation = GetAllReservations, int count = 10) =>
            [.. Enumerable.Range(0, count).Select(i => Request(i, operation, gap * i, body: Window(Start + gap * (i - 1), Start + gap * i)))];

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
        ConnectorRequest[] Chained(int count) => [.. Enumerable.Range(0, count).Select(i => Request(i, GetAllReservations, thirty * i, body: Window(Start + thirty * (i - 1), Start + thirty * i)))];

        var fast = Review(new FrequencyCheck(Catalog, Declared("Revenue management")), Chained(60));
        Assert.False(fast.Passed);
        Assert.StartsWith("reservations/getAll/2023-06-06 (UpdatedUtc) is polled every 30 s (median of 60 polls)", Assert.Single(fast.Findings).Message);

        var webhook = Review(new FrequencyCheck(Catalog, Declared("")), Chained(60));
        Assert.StartsWith("Warning (ours): reservations/getAll/2023-06-06 (UpdatedUtc) is polled every 30 s (median)", Assert.Single(webhook.Findings).Message);

        // The same export's status every 30 s; the Data export page says about every 5 minutes.
        var export = DeclaredWorkflow.Parse("""{"useCases":["Data export"],"operations":["exports/getAll"]}""", Catalog).Value!;
        var status = Review(new FrequencyCheck(Catalog, export), [.. Enumerable.Range(0, 20).Select(i => Request(i, "exports/getAll", thirty * i, body: With("\"ExportIds\":[\"x-1\"]")))]);
        Assert.False(status.Passed);
        Assert.StartsWith("exports/getAll (ExportIds=[\"x-1\"]) is polled every 30 s (median of 20 polls); the Data export page says to poll an export's status about every 5 minutes", Assert.Single(status.Findings).Message);
    }

    [Fact]
    public void S8_counts_a_sync_once_with_its_chunks_and_its_retries()
    {
        var requests = new List<ConnectorRequest>();
        void Add(TimeSpan at, string body, int status = 200) => requests.Add(Request(requests.Count, GetAllReservations, at, status, body: body));
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

        var result = Review(check, [.. requests]);

        Assert.True(result.Passed, string.Join("\n", result.Findings.Select(f => f.Message)));
        var row = Assert.Single(check.Rows);
        Assert.Equal((6, TimeSpan.FromMinutes(30)), (row.Polls, row.Median));
    }
}
