namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// Q1 for paths the reference does not document, each judged by what Mews answered: a path Mews answers 404 is
/// misspelt (the finding names the documented one it resembles); one Mews answered with success exists but is not
/// documented, which fails unless the declaration names it with a reason (then it is a warning).
/// </summary>
public sealed class UndocumentedPaths(ConnectorCatalog catalog, DeclaredWorkflow declared)
{
    private const string DeclareIt = "declare it with the reason the flow needs it, {\"operation\":\"…\",\"reason\":\"…\"}";

    private readonly FindingGroups<string> paths = new();

    public void Add(ConnectorCall call) => paths.Add(call.Path, call, null);

    /// <returns>What fails, then the warnings (undocumented operations declared with a reason).</returns>
    public (IReadOnlyList<ReviewFinding> Failures, IReadOnlyList<ReviewFinding> Warnings) Finish()
    {
        var (failures, warnings) = (new List<ReviewFinding>(), new List<ReviewFinding>());
        foreach (var (path, sample) in paths.InOrder)
        {
            var resembling = catalog.Resembling(path) is { } operation ? $"; the reference has {operation.Name}" : "";
            var (codes, succeeded) = sample.Successes;
            if (succeeded == 0)
                failures.Add(new($"{sample.Count} call(s): Q1: {path} is not a documented operation path; Mews matches paths exactly (case-sensitive, no trailing slash){resembling}. Mews answered: {sample.Answers}.", sample.Calls));
            else if (declared.UndocumentedAt(path) is { } known)
                warnings.Add(new($"Warning: Q1: {path} is not in the current reference, yet Mews answered {codes} to {succeeded} of {sample.Count} call(s); it is declared because \"{known.Reason}\". " +
                                 "Mews may change or remove an undocumented operation without notice.", sample.Calls));
            else
                failures.Add(new($"{sample.Count} call(s): Q1: {path} is not in the current reference, yet Mews answered {codes} to {succeeded} of {sample.Count} call(s) (all answers: {sample.Answers}){resembling}. " +
                                 $"Mews reviews against the documented operations and may change or remove an undocumented one without notice: use a documented operation, or {DeclareIt}.", sample.Calls));
        }
        return (failures, warnings);
    }
}
