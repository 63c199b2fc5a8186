using System.Xml.Linq;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PlayMews.Cli;

namespace ChannelManagerDashboard.Tests.Features.PlayMews;

/// <summary>The certify reports written from results, without a channel manager.</summary>
public sealed class CertifyReportsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static HarnessVerdict Failed(string testId, int reasons) =>
        new(testId, At, [.. Enumerable.Range(1, reasons).Select(i => $"reason {i}")], [], [], 10, 10, []);

    private static string FailureMessage(HarnessVerdict result) =>
        XDocument.Parse(CertifyReports.JUnit([result])).Descendants("failure").Single().Attribute("message")!.Value;

    [Fact]
    public void A_JUnit_failure_message_carries_every_reason_when_there_are_few()
    {
        Assert.Equal("reason 1 | reason 2 | reason 3", FailureMessage(Failed("ERR-05", 3)));
    }

    [Fact]
    public void A_JUnit_failure_message_carries_the_first_reasons_and_how_many_more_the_body_holds()
    {
        var result = Failed("INV-06", 7);

        Assert.Equal("reason 1 | reason 2 | reason 3 | reason 4 | reason 5 | +2 more", FailureMessage(result));
        Assert.Equal(string.Join("\n", result.Reasons), XDocument.Parse(CertifyReports.JUnit([result])).Descendants("failure").Single().Value);
    }
}
