using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>The URLs that point somewhere other than their default path under a base URL, which only a person may reset.</summary>
public static class DefaultPaths
{
    public sealed record Change(string Operation, string Label, string From, string To);

    /// <returns>Each set URL that is not <c>{base}/{operation}</c>, with the default it would become; empty when the base is empty.</returns>
    public static IReadOnlyList<Change> PointedElsewhere(CmEndpoints endpoints, string baseUrl)
    {
        var root = baseUrl.Trim().TrimEnd('/');
        if (root.Length == 0)
            return [];
        return CmEndpoints.Operations.Zip(endpoints.Describe(), (operation, endpoint) => new Change(operation.Path, endpoint.Label, endpoint.Url, $"{root}/{operation.Path}"))
            .Where(c => c.From.Length > 0 && c.From != c.To)
            .ToList();
    }

    public static void Reset(CmEndpoints endpoints, IEnumerable<Change> changes)
    {
        foreach (var change in changes)
            endpoints.Set(change.Operation, change.To);
    }

    /// <summary>For the dialog: each URL's name and what it changes from and to.</summary>
    public static IReadOnlyList<(string Name, string Detail)> Describe(IEnumerable<Change> changes) =>
        changes.Select(c => (c.Label, $"{c.From} → {c.To}")).ToList();
}
