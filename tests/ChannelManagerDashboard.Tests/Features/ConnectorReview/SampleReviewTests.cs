using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class SampleReviewTests
{
    private static ReviewReport Review(SampleVersion version, string? declaredJson = null)
    {
        var declared = DeclaredWorkflow.Parse(declaredJson ?? SampleIntegration.DeclaredJson, ConnectorCatalog.Shipped).Value!;
        var log = JsonLinesLog.Read(new StringReader(string.Join('\n', SampleIntegration.JsonLines(version))));
        return ConnectorReviewer.Review(log, ConnectorCatalog.Shipped, declared);
    }

    [Fact]
    public void The_clean_sample_passes_every_check_over_48_hours()
    {
        var report = Review(SampleVersion.Clean);

        Assert.True(report.Passed, string.Join("\n", report.Checks.Where(c => !c.Passed).SelectMany(c => c.Findings.Select(f => $"{c.Id}: {f.Message}"))));
        Assert.Equal(["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"], report.Checks.Select(c => c.Id));
        Assert.InRange(report.Requests, 200, 1000);
        Assert.Equal(0, report.BadLines);
        Assert.Contains(report.Timeline, b => b.Errors == 1 && b.Operation == "reservations/getAll/2023-06-06");
        Assert.All(report.Usage, u => Assert.True(u.Declared && u.Requests > 0, u.Operation));
        Assert.DoesNotContain(report.Checks.SelectMany(c => c.Findings), f => f.Message.StartsWith("Warning: ", StringComparison.Ordinal) || f.Message.Contains("Q5", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_with_mistakes_fails_each_check_but_run_length_with_findings_that_name_requests()
    {
        var report = Review(SampleVersion.WithMistakes);

        Assert.Equal(["S1"], report.Checks.Where(c => c.Passed).Select(c => c.Id));
        Assert.All(report.Checks.Where(c => !c.Passed), c => Assert.Contains(c.Findings, f => f.Requests.Count > 0));
        Assert.Contains(report.Usage, u => u.Operation == "customers/getAll" && !u.Declared);
        Assert.Contains(report.Peaks, p => p.Requests > 200);
        Assert.Contains(report.Checks.Single(c => c.Id == "S5").Findings, f => f.Message.Contains("customers/getAll requires Extent", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_is_the_same_every_time()
    {
        Assert.Equal(SampleIntegration.JsonLines(SampleVersion.WithMistakes), SampleIntegration.JsonLines(SampleVersion.WithMistakes));
        Assert.DoesNotContain(SampleIntegration.JsonLines(SampleVersion.Clean), line => !line.Contains("\"timeUtc\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clean_sample_reviewed_against_another_declaration_says_why_it_fails_here()
    {
        var other = """{"useCases": ["Revenue management"], "operations": ["configuration/get"]}""";
        var run = new ConnectorRun { Source = RunSource.Sample, Name = SampleVerdict.Name(SampleVersion.Clean) };

        var failing = Review(SampleVersion.Clean, other);
        var passing = Review(SampleVersion.Clean);

        Assert.False(failing.Passed);
        var explained = SampleVerdict.Explain(run, failing)!;
        Assert.StartsWith("Built-in clean sample, reviewed against this project's declaration: it fails S2 Workflow fit", explained);
        Assert.Contains("Against the sample's own declaration (Revenue management, 10 operations) it passes every check", explained);
        Assert.Equal("Built-in clean sample: it passes every check, as a run a reviewer would accept.", SampleVerdict.Explain(run, passing));
        Assert.Null(SampleVerdict.Explain(new ConnectorRun { Source = RunSource.Import, Name = run.Name }, failing));
    }
}
