using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>
/// An uploaded log, read once as it arrives: the raw file (tokens and all) lives only while it is read and is deleted
/// at once; what is kept until the user imports or cancels is a JSON Lines copy of its requests with tokens already
/// redacted, and the bad lines with their numbers.
/// </summary>
public sealed class LogUpload : IDisposable
{
    private LogUpload(string name, string path, int requests, int badLines, IReadOnlyList<BadLine> first)
    {
        (Name, Path, Requests, BadLines, FirstBadLines) = (name, path, requests, badLines, first);
    }

    public string Name { get; }
    public int Requests { get; }
    public int BadLines { get; }
    public IReadOnlyList<BadLine> FirstBadLines { get; }
    /// <summary>The redacted JSON Lines copy in the temp folder, deleted on <see cref="Dispose"/>.</summary>
    public string Path { get; }

    public static async Task<LogUpload> ReceiveAsync(Stream upload, string name, LogFormat format, CancellationToken cancellation)
    {
        var raw = System.IO.Path.GetTempFileName();
        var redacted = System.IO.Path.GetTempFileName();
        try
        {
            await using (var target = File.Create(raw))
                await upload.CopyToAsync(target, cancellation);
            var (requests, bad, first) = await Task.Run(() => Redact(raw, format, redacted), cancellation);
            return new LogUpload(name, redacted, requests, bad, first);
        }
        catch
        {
            File.Delete(redacted);
            throw;
        }
        finally
        {
            File.Delete(raw);
        }
    }

    /// <summary>The requests, as the import stores them.</summary>
    public IEnumerable<LogEntry> Read()
    {
        using var reader = new StreamReader(Path);
        foreach (var entry in JsonLinesLog.Read(reader))
            yield return entry;
    }

    public void Dispose() => File.Delete(Path);

    private static (int Requests, int Bad, IReadOnlyList<BadLine> First) Redact(string raw, LogFormat format, string redacted)
    {
        var (requests, bad) = (0, 0);
        var first = new List<BadLine>();
        using var source = File.OpenRead(raw);
        using var target = new StreamWriter(redacted, false, new UTF8Encoding(false));
        foreach (var entry in ConnectorLog.Read(source, format))
        {
            if (entry.Request is { } request)
            {
                requests++;
                target.WriteLine(Line(request));
            }
            else if (entry.Bad is { } line)
            {
                bad++;
                if (first.Count < ConnectorReviewer.MaxBadLinesShown)
                    first.Add(line);
            }
        }
        return (requests, bad, first);
    }

    private static string Line(ConnectorRequest request)
    {
        var headers = new Dictionary<string, string>();
        if (request.RetryAfter is { } wait)
            headers["Retry-After"] = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (request.ContentType is { } type)
            headers["Content-Type"] = type;
        return JsonSerializer.Serialize(new
        {
            timeUtc = request.TimeUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            method = request.Method,
            url = request.Url,
            status = request.Status,
            durationMs = request.DurationMs,
            requestBody = request.RequestBody,
            requestId = request.RequestId,
            responseHeaders = headers,
        });
    }
}
