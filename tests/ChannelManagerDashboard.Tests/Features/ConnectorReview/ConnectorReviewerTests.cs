using System.Globalization;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ConnectorReviewerTests
{
    [Fact]
    public void Undocumented_paths_and_tokens_past_the_cap_are_counted_together()
    {
        var declared = DeclaredWorkflow.Parse("""{"operations":["configuration/get"]}""", ConnectorCatalog.Shipped).Value!;
        var reviewer = new ConnectorReviewer(ConnectorCatalog.Shipped, declared);
        for (var i = 0; i < 500; i++)
            reviewer.Add(Request(i, $"reservations/{i}", TimeSpan.FromSeconds(i), token: $"t{i}"));

        var report = reviewer.Finish();

        Assert.InRange(report.Usage.Count, 1, ConnectorReviewer.MaxDistinct + 2);
        Assert.InRange(report.Peaks.Count, 1, ConnectorReviewer.MaxDistinct + 1);
    }

    [Fact]
    public void Findings_the_report_and_the_journey_read_the_same_in_every_culture()
    {
        static string Text()
        {
            var declared = DeclaredWorkflow.Parse(SampleIntegration.DeclaredJson, ConnectorCatalog.Shipped).Value!;
            var report = ConnectorReviewer.Review(JsonLinesLog.Read(new StringReader(string.Join('\n', SampleIntegration.JsonLines(SampleVersion.WithMistakes)))), ConnectorCatalog.Shipped, declared);
            var shortRun = Review(new RunLengthCheck(), Request(0, "configuration/get", TimeSpan.Zero), Request(1, "configuration/get", TimeSpan.FromHours(47.5) + TimeSpan.FromSeconds(1.5)));
            var everyTwoAndAHalf = Review(new FrequencyCheck(ConnectorCatalog.Shipped, declared),
                [.. Enumerable.Range(0, 10).Select(i => Request(i, "reservations/getAll/2023-06-06", TimeSpan.FromSeconds(150 * i), body: With($"\"UpdatedUtc\":{{\"StartUtc\":\"{FindingText.Utc(Start.AddSeconds(150 * (i - 1)))}\",\"EndUtc\":\"{FindingText.Utc(Start.AddSeconds(150 * i))}\"}}")))]);
            var run = new ConnectorRun { Name = "run", Requests = report.Requests, Complete = true, FirstRequestUtc = Start, LastRequestUtc = Start.AddHours(47.5) };
            var journey = new ConnectorJourney { FormSentOn = new DateOnly(2026, 11, 20), TokenReceivedOn = new DateOnly(2026, 11, 21), ProductionOn = new DateOnly(2026, 12, 24) };
            var steps = ConnectorSteps.Evaluate(new CertificationProject { Name = "Acme" }, journey, [run], report);
            return string.Join('\n', report.Checks.Concat([shortRun, everyTwoAndAHalf]).SelectMany(c => c.Findings).Select(f => f.Message)
                .Concat(steps.Select(s => s.Detail)).Append(ReviewDocument.Markdown(new RunReview(run, report, new Dictionary<int, RequestRef>(), "Acme", Start))));
        }
        static string In(CultureInfo culture, Func<string> text)
        {
            var saved = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = culture;
            try
            {
                return text();
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }

        var invariant = In(CultureInfo.InvariantCulture, Text);

        Assert.Contains("is polled every 2.5 min (median of 10 polls)", invariant);
        Assert.Contains("(ours: up to 10 % faster passes;", invariant);
        Assert.Contains("The run spans 47 h 30 min 1.5 s", invariant);
        // A decimal comma, a "." between hours and minutes, the Thai Buddhist calendar.
        foreach (var culture in new[] { "de-DE", "fi-FI", "th-TH" })
            Assert.Equal(invariant, In(new CultureInfo(culture), Text));
    }
}
