using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// Q1 for paths the reference does not document, each judged by what Mews answered: a path Mews answered only 404 or
/// 405 is not an operation as written and fails, declared or not (the finding names the documented one it resembles);
/// one Mews answered with success exists but is not documented; any other answer (400, 401, 429, 5xx) does not tell.
/// Those two fail unless the declaration names the path with a reason, which S2 shows as a warning, not repeated here.
/// </summary>
public sealed class UndocumentedPaths(ConnectorCatalog catalog, DeclaredWorkflow declared)
{
    private const string DeclareIt = "declare it with the reason the flow needs it, {\"operation\":\"…\",\"reason\":\"…\"}";

    /// <summary>Ours: undocumented paths named one by one; requests to further undeclared ones are counted together.</summary>
    public const int MaxPaths = 100;

    private readonly FindingGroups<string> paths = new();
    private readonly RequestSample others = new();

    public void Add(ConnectorRequest request)
    {
        if (paths.Count >= MaxPaths && !paths.Has(request.Path) && declared.UndocumentedAt(request.Path) is null)
            others.Add(request, null);
        else
            paths.Add(request.Path, request, null);
    }

    public IReadOnlyList<ReviewFinding> Finish()
    {
        var failures = new List<ReviewFinding>();
        foreach (var (path, sample) in paths.InOrder)
        {
            var resembling = catalog.Resembling(path) is { } operation ? $"; the reference has {operation.Name}" : "";
            var (codes, succeeded) = sample.Successes;
            if (sample.AnsweredOnly(404, 405))
                failures.Add(new($"{Counted.Of(sample.Count, "call")}: Q1: {path} is not a documented operation path; Mews matches paths exactly (case-sensitive, no trailing slash){resembling}. Mews answered: {sample.Answers}.", sample.Requests));
            else if (declared.UndocumentedAt(path) is not null)
                continue;
            else if (succeeded > 0)
                failures.Add(new($"{Counted.Of(sample.Count, "call")}: Q1: {path} is not in the current reference, yet Mews answered {codes} to {succeeded} of {Counted.Of(sample.Count, "call")} (all answers: {sample.Answers}){resembling}. " +
                                 $"Mews reviews against the documented operations and may change or remove an undocumented one without notice: use a documented operation, or {DeclareIt}.", sample.Requests));
            else
                failures.Add(new($"{Counted.Of(sample.Count, "call")}: Q1: {path} is not in the current reference; Mews answered {sample.Answers}, which does not show whether the path exists{resembling}. " +
                                 $"Use a documented operation, or {DeclareIt}.", sample.Requests));
        }
        if (others.Count > 0)
            failures.Add(new($"{Counted.Of(others.Count, "call")}: Q1: to more undocumented paths than the {MaxPaths} named above, none of them declared; use documented operations. Mews answered: {others.Answers}.", others.Requests));
        return failures;
    }
}
