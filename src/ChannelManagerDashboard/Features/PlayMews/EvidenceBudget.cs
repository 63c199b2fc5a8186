using System.Collections.Concurrent;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// How much of each request one run keeps. The first message of each operation and the first to fail each distinct way
/// stay whole, so they can be read and replayed; the others keep their start. A full push of a large hotel is tens of
/// megabytes of near-identical JSON, and a CM that refuses everything would otherwise have all of it kept.
/// </summary>
/// <param name="wholeBytes">The most kept of a message that stays whole.</param>
/// <param name="runBytes">The most kept over the whole run; past it, every message keeps only its start.</param>
public sealed class EvidenceBudget(int wholeBytes, long runBytes)
{
    public const int PartBytes = 4096;

    private readonly ConcurrentDictionary<(string Operation, string Reason), bool> seen = new();
    private long kept;

    /// <summary>Safe to call from the run's concurrent sends.</summary>
    public int BytesToKeep(string operation, Verdict verdict, int bodyLength)
    {
        var part = Math.Min(bodyLength, PartBytes);
        if (!seen.TryAdd((operation, verdict.Reasons.FirstOrDefault() ?? ""), true))
            return part;
        var whole = Math.Min(bodyLength, wholeBytes);
        if (Interlocked.Add(ref kept, whole) <= runBytes)
            return whole;
        Interlocked.Add(ref kept, part - whole);
        return part;
    }
}
