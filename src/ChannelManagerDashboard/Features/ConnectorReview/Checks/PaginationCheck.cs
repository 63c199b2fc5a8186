using System.Globalization;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S6: Limitation is sent where the operation requires it, with a Count from 1 to 1000, and the cursor moves on: the
/// same page is not asked for twice in a row. Re-reading page one within a minute is our own warning.
/// </summary>
public sealed class PaginationCheck(ConnectorCatalog catalog) : IReviewCheck
{
    public const int MaxCount = 1000;

    /// <summary>Ours: the same first page asked for again this soon is a tight loop, not a sync.</summary>
    public static readonly TimeSpan TightLoop = TimeSpan.FromMinutes(1);

    private readonly FindingGroups<string> problems = new();
    private readonly Dictionary<(string? Token, string Path), (string Query, string? Cursor, DateTimeOffset At, int Index)> previous = [];
    private readonly RequestSample tightLoops = new();
    private int rereads;

    public void Add(ConnectorRequest request, JsonElement body)
    {
        if (catalog.Find(request.Path) is not { Paginated: true } operation)
            return;
        var (present, count, cursor) = RequestBody.Limitation(body);
        if (!present)
        {
            if (operation.Property("Limitation")?.Required == true)
                Note($"{operation.Name} requires Limitation {{Cursor, Count}} and was called without it.", request);
            return;
        }
        if (count is not (>= 1 and <= MaxCount))
            Note($"{operation.Name}: Limitation.Count is {(count is { } c ? c : "missing")}; send a Count from 1 to {MaxCount}.", request);

        var query = RequestBody.Query(body);
        var key = (request.AccessTokenHash, request.Path);
        if (previous.TryGetValue(key, out var last) && last.Query == query && request.Status is >= 200 and < 300)
        {
            if (cursor is not null && cursor == last.Cursor)
                Note($"{operation.Name}: the same Cursor was sent twice in a row; send the Cursor the last response returned, and stop when it is null or fewer than Count items come back.", request);
            else if (cursor is null && last.Cursor is null && request.TimeUtc - last.At < TightLoop)
            {
                rereads++;
                tightLoops.Add(last.Index);
                tightLoops.Add(request.Index);
            }
        }
        if (request.Status is >= 200 and < 300)
            previous[key] = (query, cursor, request.TimeUtc, request.Index);
    }

    public CheckVerdict Finish()
    {
        var findings = problems.InOrder.Select(p => new ReviewFinding($"{Counted.Of(p.Sample.Count, "call")}: {p.Key}", p.Sample.Requests)).ToList();
        var failed = findings.Count > 0;
        if (rereads > 0)
            findings.Add(new(string.Create(CultureInfo.InvariantCulture, $"Warning (ours): the same first page was read again within {TightLoop.TotalMinutes:0} minute {Counted.Of(rereads, "time")}; follow the Cursor, or wait for the next sync."), tightLoops.Requests));
        return new("S6", "Pagination", !failed, false, findings);
    }

    private void Note(string problem, ConnectorRequest request) => problems.Add(problem, request.Index);
}
