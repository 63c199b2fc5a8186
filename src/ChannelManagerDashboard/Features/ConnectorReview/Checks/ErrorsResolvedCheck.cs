using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>
/// S3: every error is resolved by a later request: the operation later succeeds, a body that failed as a client error is
/// not sent again unchanged (with the same token), and a 404 never repeats. What counts as "resolved" is our reading of
/// the status table.
/// </summary>
public sealed class ErrorsResolvedCheck : IReviewCheck
{
    private readonly FindingGroups<(string Path, int Status)> open = new();
    private readonly Dictionary<string, HashSet<ulong>> failedBodies = new(StringComparer.Ordinal);
    private readonly FindingGroups<string> resent = new();
    private readonly FindingGroups<string> notFound = new();

    public void Add(ConnectorRequest request, JsonElement body)
    {
        if (request.Status is >= 200 and < 300)
        {
            open.Remove(k => k.Path == request.Path);
            return;
        }
        if (request.Status < 400)
            return;
        open.Add((request.Path, request.Status), request.Index);
        if (request.Status == 404)
            notFound.Add(request.Path, request.Index);
        if (!IsClientMistake(request.Status))
            return;
        if (!failedBodies.TryGetValue(request.Path, out var bodies))
            failedBodies[request.Path] = bodies = [];
        // A hash, not the body, so a run with many failures stays small; with the token's, so a retry after a fixed 401 is not "unchanged".
        if (!bodies.Add(Fingerprint(request)))
            resent.Add(request.Path, request.Index);
    }

    public CheckVerdict Finish()
    {
        var findings = new List<ReviewFinding>();
        foreach (var ((path, status), sample) in open.InOrder)
            findings.Add(new($"{ConnectorOperation.NameOf(path)}: {Counted.Of(sample.Count, "call")} answered {status} and no later call to it succeeded; {Advice(status)}", sample.Requests));
        foreach (var (path, sample) in resent.InOrder)
            findings.Add(new($"{ConnectorOperation.NameOf(path)}: a body that failed was sent again unchanged {Counted.Of(sample.Count, "time")}; correct the request before sending it again.", sample.Requests));
        foreach (var (path, sample) in notFound.InOrder.Where(n => n.Sample.Count > 1))
            findings.Add(new($"{ConnectorOperation.NameOf(path)} answered 404 {sample.Count} times; a wrong URL or method never resolves by retrying: fix the path (exact, case-sensitive) and send a POST.", sample.Requests));
        return new("S3", "Errors resolved", findings.Count == 0, true, findings);
    }

    /// <summary>
    /// Statuses where sending the same body again cannot help. 408, 429 and 5xx are retried unchanged by design, and
    /// a 409 is answered by reading the data again and resubmitting, often the same body.
    /// </summary>
    private static bool IsClientMistake(int status) => status is >= 400 and < 500 and not 408 and not 409 and not 429;

    private static ulong Fingerprint(ConnectorRequest request) =>
        BitConverter.ToUInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(request.AccessTokenHash + "\n" + request.RequestBody)));

    private static string Advice(int status) => status switch
    {
        400 => "a 400 is a malformed request or an id that does not exist; correct the body.",
        401 => "a 401 means the ClientToken or AccessToken is invalid or lacks permission for this operation; fix the token, or stop calling it.",
        403 => "a 403 is a business rule Mews refused; show the message to the user and send a corrected request.",
        404 => "a 404 means the path or method is wrong.",
        408 => "a 408 means the query was too heavy; retry with a smaller time window.",
        409 => "a 409 means the data changed meanwhile; read it again, then resubmit.",
        429 => "a 429 is the rate limit; wait for Retry-After, then retry.",
        >= 500 => "a 5xx is a fault at Mews; retry with backoff, and quote the Request-Id to Mews if it lasts.",
        _ => "correct the request until the operation succeeds.",
    };
}
