using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class PaginationCheckTests
{
    [Fact]
    public void S6_fails_a_missing_Limitation_a_Count_over_1000_and_the_same_cursor_twice_and_warns_about_page_one_re_read()
    {
        var clean = Review(new PaginationCheck(Catalog),
            Request(0, GetAllReservations, TimeSpan.Zero, body: Window(Start, Start.AddHours(1))),
            Request(1, GetAllReservations, TimeSpan.FromSeconds(1), body: Window(Start, Start.AddHours(1), "\"c-1\"")),
            Request(2, GetAllReservations, TimeSpan.FromSeconds(2), body: Window(Start, Start.AddHours(1), "\"c-2\"")));
        Assert.True(clean.Passed);
        Assert.Empty(clean.Findings);

        var broken = Review(new PaginationCheck(Catalog),
            Request(0, GetAllReservations, TimeSpan.Zero, body: With("")),
            Request(1, "services/getAll", TimeSpan.FromSeconds(1), body: With("\"Limitation\":{\"Count\":5000}")),
            Request(2, GetAllReservations, TimeSpan.FromSeconds(2), body: Window(Start, Start.AddHours(1), "\"c-1\"")),
            Request(3, GetAllReservations, TimeSpan.FromSeconds(3), body: Window(Start, Start.AddHours(1), "\"c-1\"")));
        Assert.False(broken.Passed);
        Assert.Equal(3, broken.Findings.Count);
        Assert.Equal([0], broken.Findings[0].Requests);
        Assert.Contains("requires Limitation", broken.Findings[0].Message);
        Assert.Contains("Limitation.Count is 5000", broken.Findings[1].Message);
        Assert.Equal([3], broken.Findings[2].Requests);

        var loop = Review(new PaginationCheck(Catalog),
            Request(0, GetAllReservations, TimeSpan.Zero, body: Window(Start, Start.AddHours(1))), Request(1, GetAllReservations, TimeSpan.FromSeconds(10), body: Window(Start, Start.AddHours(1))));
        Assert.True(loop.Passed);
        Assert.StartsWith("Warning (ours): the same first page", Assert.Single(loop.Findings).Message);
    }
}
