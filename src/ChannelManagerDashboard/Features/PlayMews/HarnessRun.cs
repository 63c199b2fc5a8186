namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>One run of one harness test in a project, with its evidence compressed (a full push keeps megabytes).</summary>
public class HarnessRun
{
    public int Id { get; set; }
    public int ProjectId { get; set; }

    /// <summary>The connection whose tokens and configuration were used; null for ERR-01, which sends nothing.</summary>
    public int? ConnectionId { get; set; }
    public string TestId { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public bool Passed { get; set; }
    public bool Blocked { get; set; }

    /// <summary>The first reason it failed, or what it sent when it passed: enough for a history list.</summary>
    public string Summary { get; set; } = "";
    public long LatencyMs { get; set; }
    public long RequestBytes { get; set; }
    public string RunBy { get; set; } = "";

    /// <summary>The whole <see cref="HarnessVerdict"/> as gzip-compressed JSON.</summary>
    public byte[] VerdictGzip { get; set; } = [];
}
