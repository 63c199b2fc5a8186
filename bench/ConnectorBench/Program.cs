using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

// `connector-review` on generated runs of 10 k, 100 k and 1 M calls, as JSON Lines and as HAR, whole process: wall
// time and peak resident memory (VmHWM, read from /proc while it runs). The run mixes eight operations on four AccessTokens over
// as many 48-hour stretches as the size needs, with chained UpdatedUtc windows, so every check does its real work.
int[] sizes = args.Length > 0 ? [.. args.Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [10_000, 100_000, 1_000_000];
var appDir = Environment.GetEnvironmentVariable("DASHBOARD_APP_DIR") ?? throw new InvalidOperationException("Set DASHBOARD_APP_DIR to the app's build output.");
var work = Directory.CreateTempSubdirectory("connector-bench-");
try
{
    var declared = Path.Combine(work.FullName, "declared.json");
    await File.WriteAllTextAsync(declared, $$"""{"useCases":["Revenue management"],"operations":[{{string.Join(",", Operations.Names.Select(n => $"\"{n}\""))}}]}""");
    Console.WriteLine($"{"calls",10} {"format",6} {"log MB",8} {"seconds",8} {"calls/s",10} {"peak MB",8}  exit");
    foreach (var size in sizes)
    {
        foreach (var (format, har) in new[] { ("jsonl", false), ("har", true) })
        {
            var log = Path.Combine(work.FullName, $"run-{size}.{format}");
            Operations.Write(log, size, har);
            var (seconds, peak, exit) = await ReviewAsync(appDir, log, format, declared);
            Console.WriteLine($"{size,10:N0} {format,6} {new FileInfo(log).Length / 1048576.0,8:0.0} {seconds,8:0.00} {size / seconds,10:N0} {peak / 1024.0,8:0.0}  {exit}");
            File.Delete(log);
        }
    }
    Console.WriteLine("Exit 1 is expected: the generated run polls faster than the Revenue management page asks. Goal: 100 k calls within 2 s, memory flat.");
}
finally
{
    work.Delete(recursive: true);
}

static async Task<(double Seconds, long PeakKb, int Exit)> ReviewAsync(string appDir, string log, string format, string declared)
{
    var start = new ProcessStartInfo(Path.Combine(appDir, "ChannelManagerDashboard"), ["connector-review", "--log", log, "--format", format, "--declared", declared])
    {
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    var clock = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    var drained = process.StandardOutput.ReadToEndAsync();
    long peak = 0;
    while (!process.HasExited)
    {
        peak = Math.Max(peak, PeakKb(process.Id));
        await Task.Delay(10);
    }
    await process.WaitForExitAsync();
    await drained;
    return (clock.Elapsed.TotalSeconds, peak, process.ExitCode);
}

static long PeakKb(int pid)
{
    try
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
    catch (IOException)
    {
        return 0;
    }
}

internal static class Operations
{
    public static readonly string[] Names =
    [
        "reservations/getAll/2023-06-06", "resourceBlocks/getAll", "rates/getPricing", "rates/updatePrice", "restrictions/set",
        "configuration/get", "services/getAll", "businessSegments/getAll",
    ];

    public static void Write(string path, int requests, bool har)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, new JsonWriterOptions { SkipValidation = true });
        if (har)
        {
            json.WriteStartObject();
            json.WriteStartObject("log");
            json.WriteString("version", "1.2");
            json.WriteStartArray("entries");
        }
        foreach (var (at, name, status, duration, body, id) in Requests(requests))
        {
            if (har)
            {
                json.WriteStartObject();
                json.WriteString("startedDateTime", at);
                json.WriteNumber("time", duration);
                json.WriteStartObject("request");
                json.WriteString("method", "POST");
                json.WriteString("url", "https://api.mews-demo.com/api/connector/v1/" + name);
                json.WriteStartArray("headers");
                json.WriteStartObject();
                json.WriteString("name", "Content-Type");
                json.WriteString("value", "application/json");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("postData");
                json.WriteString("mimeType", "application/json");
                json.WriteString("text", body);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject("response");
                json.WriteNumber("status", status);
                json.WriteStartArray("headers");
                json.WriteStartObject();
                json.WriteString("name", "Request-Id");
                json.WriteString("value", id);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            else
            {
                json.WriteStartObject();
                json.WriteString("timeUtc", at);
                json.WriteString("method", "POST");
                json.WriteString("url", "https://api.mews-demo.com/api/connector/v1/" + name);
                json.WriteNumber("status", status);
                json.WriteNumber("durationMs", duration);
                json.WriteString("requestBody", body);
                json.WriteString("requestId", id);
                json.WriteEndObject();
                json.Flush();
                file.WriteByte((byte)'\n');
            }
            if (json.BytesPending > 1 << 16)
                json.Flush();
        }
        if (har)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
    }

    private static IEnumerable<(string At, string Name, int Status, int Duration, string Body, string Id)> Requests(int requests)
    {
        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var step = TimeSpan.FromHours(48) / Math.Min(requests, 20_000);
        var since = new DateTime[4];
        Array.Fill(since, start.AddMinutes(-30));
        for (var i = 0; i < requests; i++)
        {
            var at = start + step * i;
            var token = i % 4;
            var name = Names[i % Names.Length];
            var filter = name is "reservations/getAll/2023-06-06" or "resourceBlocks/getAll"
                ? string.Create(CultureInfo.InvariantCulture, $",\"UpdatedUtc\":{{\"StartUtc\":\"{since[token]:yyyy-MM-ddTHH:mm:ssZ}\",\"EndUtc\":\"{at:yyyy-MM-ddTHH:mm:ssZ}\"}},\"Limitation\":{{\"Cursor\":null,\"Count\":1000}}")
                : name.EndsWith("getAll", StringComparison.Ordinal) ? ",\"Limitation\":{\"Cursor\":null,\"Count\":1000}" : "";
            if (name == "reservations/getAll/2023-06-06")
                since[token] = at;
            yield return (at.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), name, i % 997 == 0 ? 503 : 200, 80 + i % 400,
                $"{{\"ClientToken\":\"CT-{token}\",\"AccessToken\":\"AT-{token}\",\"Client\":\"Bench 1.0.0\"{filter}}}", $"r-{i}");
        }
    }
}
