using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// Plays Mews against a channel manager: builds each test's pushes, sends them with bounded concurrency and judges every
/// answer. Used alike by the Play Mews page and the <c>certify</c> command.
/// </summary>
public sealed class HarnessRunner(CmRequestSender sender, HarnessSettings settings, TimeProvider clock)
{
    /// <summary>Tokens only appear in the envelope at the start of a body (see PushPayloads.cs).</summary>
    private const int TokenHeadChars = 1024;

    public async Task<HarnessVerdict> RunAsync(string testId, CmEndpoints endpoints, HarnessScope scope,
        IProgress<HarnessProgress>? progress, CancellationToken cancellation)
    {
        var started = clock.GetUtcNow();
        var plan = new PushBuilder(scope, settings).Plan(testId);
        if (plan.Blocked is { } blocked)
            return HarnessVerdict.Block(testId, started, blocked);
        foreach (var operation in plan.Pushes.Select(p => p.Operation).Distinct())
        {
            if (UrlProblem(endpoints.UrlFor(operation), operation) is { } problem)
                return HarnessVerdict.Block(testId, started, problem) with { Facts = plan.Facts };
        }

        var limits = settings.Limits;
        var evidence = new ExchangeEvidence[plan.Pushes.Count];
        var answered = 0;
        long requestBytes = 0;
        using var gate = new SemaphoreSlim(settings.MaxConcurrency);
        var clockWatch = Stopwatch.StartNew();
        progress?.Report(new HarnessProgress(testId, 0, plan.Pushes.Count));
        var budget = new EvidenceBudget(settings.KeptBodyBytes, settings.KeptRunBytes);
        var awaiting = new ConcurrentBag<ConfirmationCheck.Pending>();
        // A CM may quote any of them back, in any spelling.
        var scrubber = new SecretScrubber([scope.ClientToken, scope.ConnectionToken, scope.InactiveConnectionToken]);
        var sends = plan.Pushes.Select(async (push, index) =>
        {
            await gate.WaitAsync(cancellation);
            try
            {
                var url = endpoints.UrlFor(push.Operation);
                var payload = push.Build();
                var body = JsonSerializer.SerializeToUtf8Bytes(payload, payload.GetType(), MewsJson.Options);
                Interlocked.Add(ref requestBytes, body.Length);
                var sentAt = clock.GetUtcNow();
                var answer = (await sender.PostAsync(new Uri(url), body, limits, cancellation)).WithoutSecrets(scrubber);
                var verdict = ResponseJudge.Judge(answer, push.Expected, limits, push.Operation, url);
                evidence[index] = Keep(push, payload, url, sentAt, body, budget.BytesToKeep(push.Operation, verdict, body.Length), answer, verdict, scope);
                if (verdict.AwaitsConfirmation && MessageIdOf(payload) is { } messageId)
                    awaiting.Add(new ConfirmationCheck.Pending(index, messageId, push.Operation, clock.GetUtcNow()));
            }
            finally
            {
                gate.Release();
            }
            progress?.Report(new HarnessProgress(testId, Interlocked.Increment(ref answered), plan.Pushes.Count));
        }).ToList();
        await Task.WhenAll(sends);
        if (scope.Confirmations is { } inbox && !awaiting.IsEmpty)
            evidence = await ConfirmationCheck.JudgeAsync(evidence, awaiting, inbox, TimeSpan.FromSeconds(settings.ConfirmationWaitSeconds), scrubber, cancellation);

        return new HarnessVerdict(testId, started, Summarize(evidence), evidence.SelectMany(e => e.Notes).Distinct().ToList(), plan.Facts,
            clockWatch.ElapsedMilliseconds, requestBytes, evidence);
    }

    private static string? UrlProblem(string url, string operation) =>
        url.Length == 0
            ? $"There is no URL for {operation}. Enter it in step P2 (or give the base URL) before running this test."
            : EndpointUrlRule.Check(url, required: true) is { } problem ? $"{operation}: {problem}" : null;

    /// <param name="keep">How many bytes of the body to keep.</param>
    private static ExchangeEvidence Keep(PlannedPush push, object payload, string url, DateTimeOffset sentAt, byte[] body, int keep, CmAnswer answer, Verdict verdict, HarnessScope scope)
    {
        var cut = body.Length > keep;
        var kept = cut ? keep : body.Length;
        // The serializer escapes everything outside ASCII, so a byte offset is a character offset.
        var headBytes = Math.Min(kept, TokenHeadChars);
        var request = string.Concat(TokenFields.Mask(Encoding.UTF8.GetString(body, 0, headBytes)),
            Encoding.UTF8.GetString(body, headBytes, kept - headBytes),
            cut ? $"\n… cut: the body is {body.Length:N0} bytes; the first {kept:N0} are kept." : "");
        // The answer was scrubbed of tokens before it was judged, so the reasons that quote it are too.
        var response = answer.Failure ?? Encoding.UTF8.GetString(answer.Body);
        var connectionToken = ((IMewsPush)payload).ConnectionToken;
        var connectionVariable = connectionToken == scope.InactiveConnectionToken && connectionToken != scope.ConnectionToken
            ? CurlLine.InactiveConnectionTokenVariable
            : CurlLine.ConnectionTokenVariable;
        return new ExchangeEvidence(push.Label, url, sentAt, request, body.Length, answer.StatusCode, response,
            (long)answer.Latency.TotalMilliseconds, push.Expected.Wanted(),
            verdict.Reasons, verdict.Notes, cut,
            new ReplayTokens(scope.ClientToken.Mask, connectionToken.Mask, connectionVariable)) { Got = AnswerPreview.Of(answer) };
    }

    private static string? MessageIdOf(object payload) => payload switch
    {
        AvailabilityPush a => a.MessageId,
        PricesPush p => p.MessageId,
        RestrictionsPush r => r.MessageId,
        _ => null,
    };

    /// <summary>
    /// One line per distinct problem: a full push can fail the same way in dozens of messages. Messages that broke the same
    /// rules are one problem even when their answers differ (a count in each), so the line quotes the first one's answer.
    /// </summary>
    private static List<string> Summarize(IReadOnlyList<ExchangeEvidence> evidence) =>
        evidence.Where(e => !e.Passed)
            .GroupBy(e => (Operation: e.Label.Split(' ')[0], e.Expected, Rules: string.Join("\n", e.Reasons)))
            .Select(g => g.Count() == 1 ? $"{g.First().Label}: {g.First().Finding()}" : $"{g.Key.Operation} ({g.Count()} messages): {g.First().Finding()}")
            .ToList();
}
