namespace ChannelManagerDashboard.Features.ConnectorReview;

public enum RunSource
{
    Import,
    Proxy,
    Sample,
}

/// <summary>A captured or imported Connector API run; its requests are <see cref="ConnectorRunRequest"/> rows.</summary>
public class ConnectorRun
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public RunSource Source { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public int Requests { get; set; }

    /// <summary>Lines of the imported file that were left out, and the first of them with why (JSON).</summary>
    public int BadLines { get; set; }
    public string FirstBadLines { get; set; } = "[]";

    public DateTimeOffset? FirstRequestUtc { get; set; }
    public DateTimeOffset? LastRequestUtc { get; set; }

    /// <summary>False while an import is still storing its requests (or if it was cut off); such a run is not reviewed.</summary>
    public bool Complete { get; set; }

    /// <summary>While the proxy records: the secret path segment the integration sends to; null once stopped.</summary>
    public string? RecordingKey { get; set; }

    /// <summary>A run the review reads: stored whole, and not recording any more.</summary>
    public bool Reviewable => Complete && RecordingKey is null;

    public TimeSpan Span => FirstRequestUtc is { } first && LastRequestUtc is { } last ? last - first : TimeSpan.Zero;
}

/// <summary>One request of a run, tokens redacted; <see cref="Index"/> is how findings name it.</summary>
public class ConnectorRunRequest
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

    public static ConnectorRunRequest From(int runId, ConnectorRequest request, long? requestBytes = null, long? responseBytes = null) => new()
    {
        RunId = runId,
        Index = request.Index,
        TimeUtc = request.TimeUtc,
        Method = request.Method,
        Url = request.Url,
        Path = request.Path,
        Status = request.Status,
        DurationMs = request.DurationMs,
        RequestBody = request.RequestBody,
        AccessTokenHash = request.AccessTokenHash,
        RequestId = request.RequestId,
        RetryAfterSeconds = request.RetryAfter is { } wait ? (int)wait.TotalSeconds : null,
        ContentType = request.ContentType,
        RequestBytes = requestBytes,
        ResponseBytes = responseBytes,
    };

    public ConnectorRequest ToRequest() => new(Index, TimeUtc, Method, Url, Path, Status, DurationMs, RequestBody, AccessTokenHash, RequestId,
        RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, ContentType);
}

public static class RunSourceLabels
{
    /// <summary>Where a run's requests came from, as the run list says it.</summary>
    public static string Label(this RunSource source) => source switch
    {
        RunSource.Import => "imported log",
        RunSource.Proxy => "recording proxy",
        _ => "built-in sample",
    };
}
