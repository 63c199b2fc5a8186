using System.Text.Json;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview.Checks;

/// <summary>S4: at most 200 requests per AccessToken in any sliding 30 s window, and every 429's Retry-After waited out.</summary>
public sealed class RateCheck : IReviewCheck
{
    public const int Limit = 200;

    /// <summary>Ours, not Mews': half the limit leaves room for other tools on the same token.</summary>
    public const int Warning = 100;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, Queue<(DateTimeOffset At, int Index)>> windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, int First, int Last)> peaks = new(StringComparer.Ordinal);
    // The limit is per AccessToken, whatever the operation: a 429 holds back every request on that token.
    private readonly Dictionary<string, (DateTimeOffset At, TimeSpan Wait, int Index)> waiting = new(StringComparer.Ordinal);
    private readonly RequestSample ignored = new();
    private int early;
    private string? example;

    public void Add(ConnectorRequest request, JsonElement body)
    {
        var token = request.AccessTokenHash ?? "(no AccessToken)";
        if (!windows.TryGetValue(token, out var window))
            windows[token] = window = new Queue<(DateTimeOffset, int)>();
        window.Enqueue((request.TimeUtc, request.Index));
        while (request.TimeUtc - window.Peek().At >= Window)
            window.Dequeue();
        if (window.Count > peaks.GetValueOrDefault(token).Count)
            peaks[token] = (window.Count, window.Peek().Index, request.Index);

        if (waiting.Remove(token, out var blocked) && request.TimeUtc < blocked.At + blocked.Wait)
        {
            early++;
            ignored.Add(blocked.Index);
            ignored.Add(request.Index);
            example ??= $"call #{request.Index} came {FrequencyCheck.Describe(request.TimeUtc - blocked.At)} after the 429 of call #{blocked.Index}, whose Retry-After asked for {FrequencyCheck.Describe(blocked.Wait)}";
        }
        if (request.Status == 429)
            waiting[token] = (request.TimeUtc, request.RetryAfter ?? TimeSpan.Zero, request.Index);
    }

    /// <summary>The busiest sliding 30 s window of each token: its count and its first and last request.</summary>
    public IReadOnlyDictionary<string, (int Count, int First, int Last)> Peaks => peaks;

    public CheckVerdict Finish()
    {
        var findings = new List<ReviewFinding>();
        var failed = false;
        foreach (var (token, peak) in peaks.OrderByDescending(p => p.Value.Count))
        {
            if (peak.Count > Limit)
            {
                failed = true;
                findings.Add(new($"AccessToken {token}: {peak.Count} calls within 30 s; Mews allows {Limit} per AccessToken per 30 s and answers 429 beyond.", [peak.First, peak.Last]));
            }
            else if (peak.Count == Limit)
                // Mews' rule allows 200; the proposed check's "< 200" would fail it, so the page says which rule applies.
                findings.Add(new($"Warning: AccessToken {token} reaches exactly {Limit} calls within 30 s. Mews allows {Limit} per AccessToken per 30 s, so this passes; the stricter reading \"fewer than {Limit}\" would fail it, and one more call would be answered 429.", [peak.First, peak.Last]));
            else if (peak.Count > Warning)
                findings.Add(new($"Warning (ours): AccessToken {token} peaks at {peak.Count} calls within 30 s, over half the limit of {Limit}.", [peak.First, peak.Last]));
        }
        if (early > 0)
        {
            failed = true;
            findings.Add(new($"{Counted.Of(early, "call")} after a 429 came before its Retry-After ran out ({example}); Mews wants at least that wait, or exponential backoff when there is no Retry-After, never a fixed pause.", ignored.Requests));
        }
        return new("S4", "Rate limits", !failed, false, findings);
    }
}
