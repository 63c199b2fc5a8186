using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Tests.Support;

// A hostile anonymous flood of the machine endpoints, with the public tokens anyone can read on the simulator page:
// messages of about 1 MB each (ids and bodies) to the simulator and the reference CM, several at a time, and the largest
// messages the simulator keeps. Prints the app's resident memory (VmRSS) before, at its peak and after, next to the
// bound. Asserts nothing.
const int PerKind = 600;
const int Workers = 8;
const int Padding = 1_000_000;
var settle = TimeSpan.FromSeconds(15);
const int Rounds = 2;
// Requests in flight: 40 at once per endpoint (MachineEndpoints' 8 being read and 32 waiting), each with up to 1 MB
// buffered, and the 8 being read held a few times over (bytes, text, parsed JSON) until the collector reclaims them.
const long TransientKilobytes = 128 * 1024;

using var data = new TempFolder();
// The per-second limit lifted, so every message reaches the inboxes: the bound must not rest on the limiter.
await using var app = await AppProcess.StartAsync(data.Path, new Dictionary<string, string> { ["MachineEndpoints__RequestsPerSecond"] = "100000" }, accounts: false);
var seed = SimulatorSeed.Load(Path.Combine(AppProcess.AppDirectory, "simulator-seed.json"));
var clientToken = seed.ClientToken;
var connectionToken = seed.Connections.First(c => c.Active).Token;
using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

string Big(int i) => $"flood-{i}-{new string('x', Padding)}";
// Also what the endpoints do keep, at its largest: Process groups just under their cap and confirmations with 100-character
// ids, on both public connections (the seed's active and deactivated ones), so the inboxes fill to their budgets.
var publicTokens = seed.Connections.Select(c => c.Token).ToList();
string Id(int i) => $"{i:D100}";
var largestKept = new string('x', MewsSimulator.MaxGroupBytes - 1024);
var kinds = new (string Name, string Path, Func<int, JsonObject> Body)[]
{
    ("simulator Process group, 63 KB body (kept)", "/simulator/mews/pci-proxy/v1/push/processGroup",
        i => new() { ["clientToken"] = clientToken, ["connectionToken"] = publicTokens[i % publicTokens.Count], ["messageId"] = Id(i), ["channelManagerId"] = $"CM-{i}", ["notes"] = largestKept, ["reservations"] = new JsonArray() }),
    ("simulator confirmation, 100-character id, 63 KB body (kept)", "/simulator/mews/api/channelManager/v1/processRateConfirmation",
        i => new() { ["clientToken"] = clientToken, ["connectionToken"] = publicTokens[i % publicTokens.Count], ["relatedMessageId"] = Id(i), ["success"] = false, ["notes"] = largestKept }),
    ("simulator confirmation, 1 MB relatedMessageId", "/simulator/mews/api/channelManager/v1/processRateConfirmation",
        i => new() { ["clientToken"] = clientToken, ["connectionToken"] = connectionToken, ["relatedMessageId"] = Big(i), ["success"] = true }),
    ("simulator Process group, 1 MB messageId", "/simulator/mews/pci-proxy/v1/push/processGroup",
        i => new() { ["clientToken"] = clientToken, ["connectionToken"] = connectionToken, ["messageId"] = Big(i), ["channelManagerId"] = $"CM-{i}", ["reservations"] = new JsonArray() }),
    ("simulator Process group, 1 MB body", "/simulator/mews/pci-proxy/v1/push/processGroup",
        i => new() { ["clientToken"] = clientToken, ["connectionToken"] = connectionToken, ["messageId"] = $"flood-{i}", ["channelManagerId"] = $"CM-{i}", ["notes"] = Big(i), ["reservations"] = new JsonArray() }),
    ("reference CM Confirm booking, 1 MB relatedMessageId", "/reference-cm/confirmGroup",
        i => new() { ["clientToken"] = clientToken, ["connectionToken"] = connectionToken, ["relatedMessageId"] = Big(i), ["channelManagerId"] = $"CM-{i}" }),
    ("reference CM updateAvailability, 1 MB messageId", "/reference-cm/updateAvailability",
        i => new() { ["clientToken"] = clientToken, ["connectionToken"] = connectionToken, ["messageId"] = Big(i), ["responseUrl"] = "https://example.invalid", ["availabilities"] = new JsonArray() }),
};

// A few ordinary calls first, so "before" counts a warmed-up app rather than one that has not loaded its code yet.
foreach (var (_, path, body) in kinds)
    await SendAsync(path, body(0).ToJsonString().Replace(Big(0), "warm-up", StringComparison.Ordinal).Replace(largestKept, "warm-up", StringComparison.Ordinal));
await Task.Delay(settle);
var before = Kilobytes("VmRSS:");

var peak = before;
using var sampling = new CancellationTokenSource();
var sampler = Task.Run(async () =>
{
    while (!sampling.IsCancellationRequested)
    {
        peak = Math.Max(peak, Kilobytes("VmRSS:"));
        await Task.Delay(50);
    }
});
var started = DateTime.UtcNow;
var answers = new Dictionary<string, Dictionary<string, int>>();
var afterRounds = new List<long>();
long sent = 0;
// Twice: what stays after the first round must not grow with the second.
for (var round = 0; round < Rounds; round++)
{
    foreach (var (name, path, body) in kinds)
    {
        var next = -1;
        var codes = answers.TryGetValue(name, out var counted) ? counted : answers[name] = [];
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < PerKind)
            {
                var json = body(round * PerKind + i + 1).ToJsonString();
                Interlocked.Add(ref sent, json.Length);
                var answer = await SendAsync(path, json);
                lock (codes)
                    codes[answer] = codes.GetValueOrDefault(answer) + 1;
            }
        }));
    }
    await Task.Delay(settle);
    afterRounds.Add(Kilobytes("VmRSS:"));
}
var took = DateTime.UtcNow - started - Rounds * settle;
await sampling.CancelAsync();
await sampler;
peak = Math.Max(peak, Kilobytes("VmHWM:"));
var after = afterRounds[^1];

// What the inboxes may keep, whatever arrives, and what requests in flight may hold.
var kept = (BookingInbox.Limits.BytesInAll + ConfirmationInbox.Limits.BytesInAll) / 1024;
var bound = before + kept + TransientKilobytes;
Console.WriteLine($"Hostile anonymous flood of {app.BaseAddress}: {Rounds} rounds of {kinds.Length} × {PerKind} requests of 63 KB to 1 MB, {Workers} at a time " +
    $"(no per-second limit), {took.TotalSeconds:0} s of sending. Answers:");
foreach (var (name, codes) in answers)
    Console.WriteLine($"  {name,-60} {string.Join(", ", codes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value}"))}");
Console.WriteLine($"Resident memory (VmRSS) before the flood: {Mb(before)} MB; peak during it: {Mb(peak)} MB; {settle.TotalSeconds:0} s after each round: " +
    $"{string.Join(", ", afterRounds.Select(r => $"{Mb(r)} MB"))}.");
Console.WriteLine($"RSS after flood: {Mb(after)} MB (bound {Mb(bound)} MB = before + {Mb(kept)} MB the inboxes may keep + {Mb(TransientKilobytes)} MB for requests in flight).");
Console.WriteLine($"Growth that stayed: {Mb(after - before)} MB for {Mb(sent / 1024)} MB sent.");

async Task<string> SendAsync(string path, string json)
{
    using var content = new StringContent(json, Encoding.UTF8, "application/json");
    try
    {
        using var response = await http.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        var answer = JsonNode.Parse(text);
        return answer?["success"]?.GetValue<bool>() == true ? "success"
            : answer?["errors"]?[0]?["code"] is { } code ? $"code {code}"
            : $"HTTP {(int)response.StatusCode}";
    }
    catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException)
    {
        return ex.GetType().Name;
    }
}

long Kilobytes(string name) => long.Parse(File.ReadLines($"/proc/{app.ProcessId}/status").Single(l => l.StartsWith(name, StringComparison.Ordinal))
    .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

static string Mb(long kilobytes) => (kilobytes / 1024.0).ToString("0", CultureInfo.InvariantCulture);
