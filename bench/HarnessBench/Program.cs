using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;
using HarnessBench;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

// INV-06 for a 40 × 25 hotel over 365 nights, pushed by the harness (build + send + judge) and by the raw floor
// (the same payloads serialised with System.Text.Json and POSTed with a bare HttpClient), against a null endpoint.
const int Rounds = 15;

// The null endpoint: reads and drops each body, as a channel manager that accepts everything would.
var accepted = """{"success":true}"""u8.ToArray();
await using var server = await LoopbackServer.StartAsync(app => app.MapPost("/cm/{operation}", async (HttpContext context) =>
{
    var buffer = new byte[81920];
    while (await context.Request.Body.ReadAsync(buffer) > 0)
    {
    }
    context.Response.ContentType = "application/json";
    await context.Response.Body.WriteAsync(accepted);
}));
var endpoints = CmEndpoints.FromBase(new Uri(server.BaseAddress, "/cm").ToString());
var profile = LargeHotelProfile.Create();
var scope = new HarnessScope(profile, HarnessScope.AllPushed(profile), "BENCH-CLIENT-TOKEN-0000000000", "BENCH-CONNECTION-TOKEN-00000000",
    "BENCH-INACTIVE", new DateOnly(2027, 1, 1), "https://api.mews-demo.com");
var settings = new HarnessSettings();
// The null endpoint runs on loopback, which the rule refuses unless told.
using var harnessHttp = CmRequestSender.CreateHttpClient(new OutboundNetworkRule(allowLoopback: true, []));
var runner = new HarnessRunner(new CmRequestSender(harnessHttp), settings, TimeProvider.System);
using var bareHttp = new HttpClient();

// The floor's payloads are built once, up front: it measures only serialising and sending them.
var building = Stopwatch.StartNew();
var plan = new PushBuilder(scope, settings).Plan("INV-06");
var payloads = plan.Pushes.Select(p => p.Build()).ToList();
var buildMs = building.Elapsed.TotalMilliseconds;
var bodySizes = payloads.Select(p => JsonSerializer.SerializeToUtf8Bytes(p, MewsJson.Options).Length).ToList();
var sizes = plan.Pushes.Select((p, i) => (p, i)).GroupBy(x => x.p.Operation).Select(g => (Operation: g.Key, Messages: g.Count(), Entries: g.Sum(x => x.p.Entries),
    Bytes: g.Sum(x => (long)bodySizes[x.i]))).ToList();

Console.WriteLine($"INV-06 full push: {scope.Combinations.Count} combinations ({LargeHotelJson.SpaceTypes} space types × {LargeHotelJson.RatePlans} rate plans), {settings.FullDays} nights, at most {settings.MaxEntriesPerMessage} entries per message, {settings.MaxConcurrency} in flight");
foreach (var (operation, messages, entries, bytes) in sizes)
    Console.WriteLine($"  {operation,-20} {messages,4} messages {entries,8:N0} entries {bytes / 1048576.0,8:0.0} MB");
Console.WriteLine($"  {"total",-20} {sizes.Sum(s => s.Messages),4} messages {sizes.Sum(s => s.Entries),8:N0} entries {sizes.Sum(s => s.Bytes) / 1048576.0,8:0.0} MB");
Console.WriteLine($"  largest message {bodySizes.Max() / 1024.0:0} KB; building every payload once, cold, on one thread: {buildMs:0} ms");

// Warm-up rounds first, until tiered compilation has optimised both paths (fewer left the harness visibly slower in
// its first measured rounds); then alternating rounds, each after a full collection, so
// neither path pays for the other's garbage.
const int WarmUpRounds = 10;
for (var round = 0; round < WarmUpRounds; round++)
{
    await HarnessAsync();
    await FloorAsync();
}
var harness = new List<double>();
var floor = new List<double>();
var harnessAllocated = new List<long>();
var floorAllocated = new List<long>();
for (var round = 0; round < Rounds; round++)
{
    if (round % 2 == 0)
    {
        await MeasureAsync(HarnessAsync, harness, harnessAllocated);
        await MeasureAsync(FloorAsync, floor, floorAllocated);
    }
    else
    {
        await MeasureAsync(FloorAsync, floor, floorAllocated);
        await MeasureAsync(HarnessAsync, harness, harnessAllocated);
    }
}

Console.WriteLine();
Console.WriteLine($"Harness (build + send + judge + keep evidence): median {Median(harness):0} ms, min {harness.Min():0} ms, allocates {harnessAllocated.Average() / 1048576.0:0} MB per run");
Console.WriteLine($"Raw floor (serialise + POST, same payloads):    median {Median(floor):0} ms, min {floor.Min():0} ms, allocates {floorAllocated.Average() / 1048576.0:0} MB per run");
Console.WriteLine($"Ratio (median / median): {Median(harness) / Median(floor):0.00} (goal ≤ 1.30)");
Console.WriteLine($"Rounds: harness [{string.Join(", ", harness.Select(h => h.ToString("0", CultureInfo.InvariantCulture)))}] floor [{string.Join(", ", floor.Select(f => f.ToString("0", CultureInfo.InvariantCulture)))}]");
return;

async Task<double> HarnessAsync()
{
    var clock = Stopwatch.StartNew();
    var result = await runner.RunAsync("INV-06", endpoints, scope, null, CancellationToken.None);
    if (!result.Passed)
        throw new InvalidOperationException("The null endpoint should pass: " + string.Join("; ", result.Reasons));
    return clock.Elapsed.TotalMilliseconds;
}

async Task<double> FloorAsync()
{
    var clock = Stopwatch.StartNew();
    using var gate = new SemaphoreSlim(settings.MaxConcurrency);
    await Task.WhenAll(plan.Pushes.Select(async (push, index) =>
    {
        await gate.WaitAsync();
        try
        {
            var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(payloads[index], MewsJson.Options));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await bareHttp.PostAsync(endpoints.UrlFor(push.Operation), content);
            await response.Content.ReadAsStringAsync();
        }
        finally
        {
            gate.Release();
        }
    }));
    return clock.Elapsed.TotalMilliseconds;
}

static async Task MeasureAsync(Func<Task<double>> run, List<double> times, List<long> allocations)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    times.Add(await run());
    allocations.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
