using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Tests.Support;
using HarnessBench;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

// `certify --tests INV-06` for the 40 × 25 hotel against a null CM, whole process, next to Newman sending the very
// bodies certify sent (recorded by the null CM) as a Postman collection whose tests check `success`.
const int CertifyRounds = 7;
const int NewmanRounds = 3;

var appDir = Environment.GetEnvironmentVariable("DASHBOARD_APP_DIR") ?? throw new InvalidOperationException("Set DASHBOARD_APP_DIR to the app's build output.");
var newman = Environment.GetEnvironmentVariable("NEWMAN_JS") ?? throw new InvalidOperationException("Set NEWMAN_JS to newman's bin/newman.js.");
var work = Directory.CreateTempSubdirectory("certify-bench-");
try
{
    var recorded = new ConcurrentQueue<(string Operation, string Body)>();
    var recording = true;
    var received = 0;
    var accepted = """{"success":true}"""u8.ToArray();
    await using var server = await LoopbackServer.StartAsync(app => app.MapPost("/cm/{operation}", async (HttpContext context, string operation) =>
    {
        Interlocked.Increment(ref received);
        if (recording)
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            recorded.Enqueue((operation, await reader.ReadToEndAsync()));
        }
        else
        {
            var buffer = new byte[81920];
            while (await context.Request.Body.ReadAsync(buffer) > 0)
            {
            }
        }
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(accepted);
    }));
    var cmBase = new Uri(server.BaseAddress, "/cm").ToString();
    var configPath = Path.Combine(work.FullName, "getConfiguration.json");
    await File.WriteAllTextAsync(configPath, LargeHotelJson.Create());

    var certify = new ProcessStartInfo(Path.Combine(appDir, "ChannelManagerDashboard")) { WorkingDirectory = appDir };
    foreach (var argument in new[] { "certify", "--cm-base-url", cmBase, "--tests", "INV-06", "--config", configPath })
        certify.ArgumentList.Add(argument);

    // The recording run doubles as a warm-up of the disk cache for both tools.
    var (exitCode, _) = await RunAsync(certify);
    recording = false;
    if (exitCode != 0)
        throw new InvalidOperationException($"certify failed INV-06 against the null CM (exit code {exitCode}).");
    var pushes = recorded.ToList();
    var bytes = pushes.Sum(p => (long)Encoding.UTF8.GetByteCount(p.Body));
    var collectionPath = Path.Combine(work.FullName, "inv06.postman_collection.json");
    await File.WriteAllTextAsync(collectionPath, Collection(pushes, cmBase));
    var newmanRun = new ProcessStartInfo("node") { WorkingDirectory = work.FullName };
    foreach (var argument in new[] { newman, "run", collectionPath, "--silent" })
        newmanRun.ArgumentList.Add(argument);

    Console.WriteLine($"INV-06 for {LargeHotelJson.SpaceTypes} space types × {LargeHotelJson.RatePlans} rate plans: {pushes.Count} messages, {bytes / 1048576.0:0.0} MB, against a null CM on loopback");
    var certifyTimes = new List<double>();
    var newmanTimes = new List<double>();
    for (var round = 0; round < Math.Max(CertifyRounds, NewmanRounds); round++)
    {
        if (round < CertifyRounds)
            certifyTimes.Add(await TimedAsync(certify, "certify", pushes.Count));
        if (round < NewmanRounds)
            newmanTimes.Add(await TimedAsync(newmanRun, "Newman", pushes.Count));
    }
    var certifyMedian = Median(certifyTimes);
    var newmanMedian = Median(newmanTimes);
    Console.WriteLine($"  certify (process start to exit, builds, sends, judges): median {certifyMedian:0} ms, min {certifyTimes.Min():0} ms over {CertifyRounds} runs");
    Console.WriteLine($"  Newman 6.2.2 (same bodies, checks success):           median {newmanMedian:0} ms, min {newmanTimes.Min():0} ms over {NewmanRounds} runs");
    Console.WriteLine($"  certify is {newmanMedian / certifyMedian:0.0}× faster (goal ≥ 7×)");

    async Task<double> TimedAsync(ProcessStartInfo start, string name, int expected)
    {
        var before = received;
        var watch = Stopwatch.StartNew();
        var (code, output) = await RunAsync(start);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (code != 0)
            throw new InvalidOperationException($"{name} exited with {code}: {output}");
        if (received - before != expected)
            throw new InvalidOperationException($"{name} sent {received - before} messages, not {expected}.");
        return elapsed;
    }
}
finally
{
    work.Delete(recursive: true);
}

static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start)
{
    start.RedirectStandardOutput = true;
    start.RedirectStandardError = true;
    using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    return (process.ExitCode, await output + await error);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

// A Postman v2.1 collection: one POST per recorded push, in the order they arrived, each checking Mews' success rule.
static string Collection(IEnumerable<(string Operation, string Body)> pushes, string cmBase) => new JsonObject
{
    ["info"] = new JsonObject
    {
        ["name"] = "INV-06 as certify sent it",
        ["schema"] = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    ["item"] = new JsonArray(pushes.Select((push, i) => (JsonNode)new JsonObject
    {
        ["name"] = $"{i + 1} {push.Operation}",
        ["request"] = new JsonObject
        {
            ["method"] = "POST",
            ["header"] = new JsonArray(new JsonObject { ["key"] = "Content-Type", ["value"] = "application/json" }),
            ["url"] = $"{cmBase}/{push.Operation}",
            ["body"] = new JsonObject { ["mode"] = "raw", ["raw"] = push.Body },
        },
        ["event"] = new JsonArray(new JsonObject
        {
            ["listen"] = "test",
            ["script"] = new JsonObject
            {
                ["type"] = "text/javascript",
                ["exec"] = new JsonArray("pm.test('success', function () { pm.expect(pm.response.json().success).to.eql(true); });"),
            },
        }),
    }).ToArray()),
}.ToJsonString();
