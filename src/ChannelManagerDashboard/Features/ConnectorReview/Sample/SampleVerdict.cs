namespace ChannelManagerDashboard.Features.ConnectorReview.Sample;

/// <summary>
/// What a built-in sample's review means. The clean sample passes every check against its own declaration; a project
/// that already declared other operations reviews it against those, and then it can fail. The page says so, so "clean"
/// in the run's name and a failed check above it do not contradict each other.
/// </summary>
public static class SampleVerdict
{
    public const string CleanName = "Sample revenue-management run (clean)";
    public const string MistakesName = "Sample revenue-management run (with mistakes)";

    public static string Name(SampleVersion version) => version == SampleVersion.Clean ? CleanName : MistakesName;

    /// <returns>Why this sample passes or fails; null for a run that is not a built-in sample.</returns>
    public static string? Explain(ConnectorRun run, ReviewReport report)
    {
        if (run.Source != RunSource.Sample)
            return null;
        if (run.Name != CleanName)
            return "Built-in sample with the mistakes reviewers see most: it is meant to fail, so each finding shows what a reviewer would refuse.";
        if (report.Passed)
            return "Built-in clean sample: it passes every check, as a run a reviewer would accept.";
        var failed = string.Join(", ", report.Checks.Where(c => !c.Passed).Select(c => $"{c.Id} {c.Title}"));
        return $"Built-in clean sample, reviewed against this project's declaration: it fails {failed} here because that declaration is not the sample's. " +
               $"Against the sample's own declaration ({SampleIntegration.UseCase}, {SampleIntegration.Declared.Count} operations) it passes every check; " +
               "in a project whose declaration is empty, loading the sample declares its operations.";
    }
}
