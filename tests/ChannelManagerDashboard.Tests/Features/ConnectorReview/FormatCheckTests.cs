using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using static ChannelManagerDashboard.Tests.Features.ConnectorReview.Requests;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class FormatCheckTests
{
    [Fact]
    public void Undocumented_paths_and_format_problems_past_their_caps_are_counted_together_and_said()
    {
        var paths = Review(new FormatCheck(ConnectorCatalog.Shipped), [.. Enumerable.Range(0, UndocumentedPaths.MaxPaths + 20).Select(i => Request(i, $"reservations/x{i}", TimeSpan.FromSeconds(i), 404))]);
        Assert.Equal(UndocumentedPaths.MaxPaths, paths.Findings.Count(f => f.Message.Contains("is not a documented operation path", StringComparison.Ordinal)));
        Assert.Contains($"20 calls: Q1: to more undocumented paths than the {UndocumentedPaths.MaxPaths} named above, none of them declared; use documented operations. Mews answered: 404 ×20.",
            paths.Findings.Select(f => f.Message));

        var types = Review(new FormatCheck(ConnectorCatalog.Shipped), [.. Enumerable.Range(0, FormatCheck.MaxProblems + 3).Select(i => Request(i, "configuration/get", TimeSpan.FromSeconds(i)) with { ContentType = $"text/x-{i}" })]);
        Assert.Equal(FormatCheck.MaxProblems, types.Findings.Count(f => f.Message.Contains("Q2: sent as", StringComparison.Ordinal)));
        Assert.Contains(types.Findings, f => f.Message.StartsWith($"3 calls with format problems past the {FormatCheck.MaxProblems} named above.", StringComparison.Ordinal));
    }
}
