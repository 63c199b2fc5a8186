using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class FilterCheckTests
{
    [Fact]
    public void Queries_past_their_caps_are_counted_together_and_said()
    {
        const string reservations = "reservations/getAll/2023-06-06";
        const string window = "\"UpdatedUtc\":{\"StartUtc\":\"2026-11-28T07:00:00Z\",\"EndUtc\":\"2026-11-28T08:00:00Z\"},\"Limitation\":{\"Count\":10}";
        ConnectorRequest[] Numbered(int count, int status) =>
            [.. Enumerable.Range(0, count).Select(i => Request(i, reservations, TimeSpan.FromSeconds(i), status, body: With($"\"Numbers\":[\"n-{i}\"],{window}")))];

        var chained = Review(new FilterCheck(ConnectorCatalog.Shipped), Numbered(FilterCheck.MaxQueries + 10, 200));
        Assert.StartsWith($"Warning (ours): 10 calls: the UpdatedUtc windows of queries past the first {FilterCheck.MaxQueries} were not checked for gaps", Assert.Single(chained.Findings).Message);

        var timedOut = Review(new FilterCheck(ConnectorCatalog.Shipped), Numbered(TimedOutWindows.MaxQueries + 5, 408));
        Assert.Contains(timedOut.Findings, f => f.Message.StartsWith($"{TimedOutWindows.MaxQueries} calls: {reservations} answered 408 and the timed-out window was never read again", StringComparison.Ordinal));
        Assert.Contains(timedOut.Findings, f => f.Message.StartsWith($"Warning (ours): 5 calls answered 408 while the windows of {TimedOutWindows.MaxQueries} other queries were still followed", StringComparison.Ordinal));
    }

    [Fact]
    public void S7_passes_chained_windows_and_fails_an_unfiltered_getAll_an_interval_over_three_months_too_many_ids_and_a_gap()
    {
        var chained = Review(new FilterCheck(Catalog),
            Request(0, GetAllReservations, TimeSpan.Zero, body: Window(Start.AddMinutes(-30), Start)),
            Request(1, GetAllReservations, TimeSpan.FromMinutes(30), body: Window(Start, Start.AddMinutes(30))),
            Request(2, "configuration/get", TimeSpan.FromMinutes(31)), Request(3, "services/getAll", TimeSpan.FromMinutes(32), body: With("\"Limitation\":{\"Count\":100}")));
        Assert.True(chained.Passed);
        Assert.Empty(chained.Findings);

        var ids = string.Join(",", Enumerable.Range(0, 101).Select(i => $"\"{i}\""));
        var broken = Review(new FilterCheck(Catalog),
            Request(0, GetAllReservations, TimeSpan.Zero, body: With("\"Limitation\":{\"Count\":100}")),
            Request(1, GetAllReservations, TimeSpan.FromSeconds(1), body: With("\"CollidingUtc\":{\"StartUtc\":\"2026-01-01T00:00:00Z\",\"EndUtc\":\"2026-06-01T00:00:00Z\"}")),
            Request(2, GetAllReservations, TimeSpan.FromSeconds(2), body: With($"\"ChannelNumbers\":[{ids}]")),
            Request(3, GetAllReservations, TimeSpan.FromMinutes(1), body: Window(Start.AddMinutes(-30), Start)),
            Request(4, GetAllReservations, TimeSpan.FromMinutes(30), body: Window(Start.AddMinutes(10), Start.AddMinutes(30))));
        Assert.False(broken.Passed);
        string Named(int request) => Assert.Single(broken.Findings, f => f.Requests.Contains(request)).Message;
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

        var result = Review(new FilterCheck(Catalog), Request(0, GetAllReservations, TimeSpan.Zero, body: onlyServices), Request(1, GetAllReservations, TimeSpan.FromMinutes(1), body: onlyEnterprises));

        Assert.False(result.Passed);
        var finding = Assert.Single(result.Findings);
        Assert.Equal([0, 1], finding.Requests);
        Assert.Contains("reservations/getAll/2023-06-06 was called without any filter", finding.Message);
        Assert.DoesNotContain("ServiceIds", finding.Message.Split("First sent:")[0]);
        Assert.DoesNotContain("EnterpriseIds", finding.Message.Split("First sent:")[0]);
        using var body = System.Text.Json.JsonDocument.Parse(onlyServices);
        Assert.False(RequestBody.IsLookup(Catalog.Find(GetAllReservations), body.RootElement));
        Assert.True(Review(new FilterCheck(Catalog), Request(0, GetAllReservations, TimeSpan.Zero, body: With("\"ServiceIds\":[\"s\"],\"States\":[\"Confirmed\"],\"Limitation\":{\"Count\":10}"))).Passed);
    }

    [Fact]
    public void S7_fails_a_408_retried_with_the_same_interval_and_passes_a_narrower_one()
    {
        var day = Window(Start.AddDays(-7), Start);
        var same = Review(new FilterCheck(Catalog), Request(0, GetAllReservations, TimeSpan.Zero, 408, body: day), Request(1, GetAllReservations, TimeSpan.FromSeconds(5), body: day));
        Assert.Contains("retried after a 408", Assert.Single(same.Findings).Message);

        var dayByDay = Enumerable.Range(0, 7).Select(d => Request(d + 1, GetAllReservations, TimeSpan.FromSeconds(5 + d), body: Window(Start.AddDays(d - 7), Start.AddDays(d - 6))));
        var narrower = Review(new FilterCheck(Catalog), [Request(0, GetAllReservations, TimeSpan.Zero, 408, body: day), .. dayByDay]);
        Assert.True(narrower.Passed);

        var partly = Review(new FilterCheck(Catalog), Request(0, GetAllReservations, TimeSpan.Zero, 408, body: day), Request(1, GetAllReservations, TimeSpan.FromSeconds(5), body: Window(Start.AddDays(-1), Start)));
        Assert.Contains("of which 2026-11-21T08:00:00Z – 2026-11-27T08:00:00Z is unread", Assert.Single(partly.Findings).Message);
    }
}
