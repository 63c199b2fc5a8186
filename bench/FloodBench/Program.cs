using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Tests.Support;

// A hostile anonymous flood of the machine endpoints, with the public tokens anyone can read on the simulator page:
// messages of about 1 MB each (ids and bodies) to the simulator and the reference CM, several at a time. Prints the
// app's resident memory (VmRSS) before, at its peak and after, next to the bound. Asserts nothing.
const int PerKind = 600;
const int Workers = 8;
const int Padding = 1_000_000;
var settle = TimeSpan.FromSeconds(15);
// Bodies being read and parsed at once: 8 (MachineEndpoints' default), each held as bytes, text and parsed JSON.
const long TransientKilobytes = 64 * 1024;

using var data = new TempFolder();
await using var app = await AppProcess.StartAsync(data.Path, accounts: false);
var seed = SimulatorSeed.Load(Path.Combine(AppProcess.AppDirectory, "simulator-seed.json"));
var clientToken = seed.ClientToken;
var connectionToken = seed.Connections.First(c => c.Active).Token;
using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };

string Big(int i) => $"flood-{i}-{new string('x', Padding)}";
var kinds = new (string Name, string Path, Func<int, JsonObject> Body)[]
{
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
    await SendAsync(path, body(0).ToJsonString().Replace(Big(0), "warm-up", StringComparison.Ordinal));
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
var answers = new List<string>();
foreach (var (name, path, body) in kinds)
{
    var next = -1;
    var codes = new Dictionary<string, int>();
    await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < PerKind)
        {
            var answer = await SendAsync(path, body(i + 1).ToJsonString());
            lock (codes)
                codes[answer] = codes.GetValueOrDefault(answer) + 1;
        }
    }));
    answers.Add($"  {name,-55} {string.Join(", ", codes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} ×{c.Value}"))}");
}
var took = DateTime.UtcNow - started;
await sampling.CancelAsync();
await sampler;
peak = Math.Max(peak, Kilobytes("VmHWM:"));
await Task.Delay(settle);
var after = Kilobytes("VmRSS:");

// What the inboxes may keep, whatever arrives, and the transient allowance: the bodies being read and parsed at once.
var kept = (BookingInbox.Limits.BytesInAll + ConfirmationInbox.Limits.BytesInAll) / 1024;
var bound = before + kept + TransientKilobytes;
Console.WriteLine($"Hostile anonymous flood of {app.BaseAddress}: {kinds.Length} × {PerKind} requests of about 1 MB, {Workers} at a time, in {took.TotalSeconds:0} s. Answers:");
answers.ForEach(Console.WriteLine);
Console.WriteLine($"Resident memory (VmRSS) before the flood: {Mb(before)} MB; peak during it: {Mb(peak)} MB; {settle.TotalSeconds:0} s after it: {Mb(after)} MB.");
Console.WriteLine($"RSS after flood: {Mb(after)} MB (bound {Mb(bound)} MB = before + {Mb(kept)} MB the inboxes may keep + {Mb(TransientKilobytes)} MB for bodies in flight).");
Console.WriteLine($"Growth that stayed: {Mb(after - before)} MB for {Mb((long)kinds.Length * PerKind * Padding / 1024)} MB sent.");

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
