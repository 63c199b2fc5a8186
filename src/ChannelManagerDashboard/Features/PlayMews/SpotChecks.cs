namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>The facts of a run that name values to look up in the extranet: the concrete half of a test's human check.</summary>
public static class SpotChecks
{
    public const string Prefix = "Spot-check ";

    public static IEnumerable<string> In(IEnumerable<string> facts) => facts.Where(f => f.StartsWith(Prefix, StringComparison.Ordinal));
}
