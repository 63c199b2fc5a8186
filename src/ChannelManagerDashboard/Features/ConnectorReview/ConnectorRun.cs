namespace ChannelManagerDashboard.Features.ConnectorReview;

public enum RunSource
{
    Import,
    Proxy,
    Sample,
}

/// <summary>A captured or imported Connector API run; its calls are <see cref="ConnectorRunCall"/> rows.</summary>
public class ConnectorRun
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public RunSource Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public int Calls { get; set; }

    /// <summary>Lines of the imported file that were left out, and the first of them with why (JSON).</summary>
    public int BadLines { get; set; }
    public string FirstBadLines { get; set; } = "[]";

    public DateTimeOffset? FirstCallUtc { get; set; }
    public DateTimeOffset? LastCallUtc { get; set; }

    /// <summary>False while an import is still storing its calls (or if it was cut off); such a run is not reviewed.</summary>
    public bool Complete { get; set; }

    /// <summary>While the proxy records: the secret path segment the integration calls; null once stopped.</summary>
    public string? RecordingKey { get; set; }

    /// <summary>A run the review reads: stored whole, and not recording any more.</summary>
    public bool Reviewable => Complete && RecordingKey is null;

    public TimeSpan Span => FirstCallUtc is { } first && LastCallUtc is { } last ? last - first : TimeSpan.Zero;
}

/// <summary>One call of a run, tokens redacted; <see cref="Index"/> is how findings name it.</summary>
public class ConnectorRunCall
{
    public long Id { get; set; }
    public int RunId { get; set; }
    public int Index { get; set; }
    public DateTimeOffset TimeUtc { get; set; }
    public string Method { get; set; } = "";
    public string Url { get; set; } = "";
    public string Path { get; set; } = "";
    public int Status { get; set; }
    public double DurationMs { get; set; }
    public string RequestBody { get; set; } = "";
    public string? AccessTokenHash { get; set; }
    public string? RequestId { get; set; }
    public int? RetryAfterSeconds { get; set; }
    public string? ContentType { get; set; }
    public long? RequestBytes { get; set; }
    public long? ResponseBytes { get; set; }

    public static ConnectorRunCall From(int runId, ConnectorCall call, long? requestBytes = null, long? responseBytes = null) => new()
    {
        RunId = runId,
        Index = call.Index,
        TimeUtc = call.TimeUtc,
        Method = call.Method,
        Url = call.Url,
        Path = call.Path,
        Status = call.Status,
        DurationMs = call.DurationMs,
        RequestBody = call.RequestBody,
        AccessTokenHash = call.AccessTokenHash,
        RequestId = call.RequestId,
        RetryAfterSeconds = call.RetryAfter is { } wait ? (int)wait.TotalSeconds : null,
        ContentType = call.ContentType,
        RequestBytes = requestBytes,
        ResponseBytes = responseBytes,
    };

    public ConnectorCall ToCall() => new(Index, TimeUtc, Method, Url, Path, Status, DurationMs, RequestBody, AccessTokenHash, RequestId,
        RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, ContentType);
}

public static class RunSourceLabels
{
    /// <summary>Where a run's calls came from, as the run list says it.</summary>
    public static string Label(this RunSource source) => source switch
    {
        RunSource.Import => "imported log",
        RunSource.Proxy => "recording proxy",
        _ => "built-in sample",
    };
}
