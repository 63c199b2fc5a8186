using System.Diagnostics;
using System.Globalization;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

// Issue 11's goals: cold start to the first page within 2 s, and at most 2 MB of server memory per idle circuit with
// 50 open. Issue 12's ("load"): 50 and 150 signed-in circuits with no error, time to interactive, memory per circuit.
// Prints figures; asserts nothing. With "cold-start" it stops after the cold starts; "load" skips them.
const int ColdStarts = 5;
const int Circuits = 50;
var settle = TimeSpan.FromSeconds(10);

using var playwright = await Playwright.CreateAsync();
await using var browser = await Chromium.LaunchAsync(playwright);
SetDefaultExpectTimeout(60_000);

// Cold start: a new process on an empty data folder (so it also creates the database), timed from the process start.
var listening = new List<double>();
var firstHtml = new List<double>();
var firstInteractive = new List<double>();
for (var round = 0; round < (args is ["load"] ? 0 : ColdStarts); round++)
{
    using var folder = new TempFolder();
    var clock = Stopwatch.StartNew();
    await using var cold = await AppProcess.StartAsync(folder.Path, accounts: false);
    listening.Add(clock.Elapsed.TotalMilliseconds);
    using var http = new HttpClient();
    (await http.GetAsync(cold.BaseAddress)).EnsureSuccessStatusCode();
    firstHtml.Add(clock.Elapsed.TotalMilliseconds);
    // With no account yet, the first page is the one that creates the owner.
    var first = await browser.NewPageAsync();
    await first.GotoAsync(cold.BaseAddress.ToString());
    await Expect(first.GetByRole(AriaRole.Button, new() { Name = "Create owner account" })).ToBeVisibleAsync();
    firstInteractive.Add(clock.Elapsed.TotalMilliseconds);
    await first.CloseAsync();
}
if (listening.Count > 0)
{
    Console.WriteLine($"Cold start of {AppProcess.AppDirectory} on an empty data folder, {ColdStarts} runs (median, max):");
    Console.WriteLine($"  process start to listening:          {Median(listening),6:0} ms {listening.Max(),6:0} ms");
    Console.WriteLine($"  process start to the first page:     {Median(firstHtml),6:0} ms {firstHtml.Max(),6:0} ms (goal ≤ 2000 ms)");
    Console.WriteLine($"  process start to the owner form shown in Chromium: {Median(firstInteractive):0} ms {firstInteractive.Max():0} ms");
}
if (args is ["cold-start"])
    return;

// Idle circuits: one project on the simulator, its pages open in turn across 50 tabs, nothing clicked.
using var data = new TempFolder();
await using var app = await AppProcess.StartAsync(data.Path);
var setup = await browser.NewSignedInPageAsync(app.BaseAddress);
var projectId = await setup.CreateProjectAsync(app.BaseAddress, "Idle circuits");
await setup.ConnectToSimulatorAsync(app.BaseAddress, projectId);
await setup.OpenAsync(app.BaseAddress, $"/projects/{projectId}/setup/P5");
await setup.ClickAsync("#p5-connections .p5-fetch");
await Expect(setup.Locator("#step-nav-P5 [data-status='Done']")).ToBeVisibleAsync();
string[] paths = ["/", $"/projects/{projectId}", $"/projects/{projectId}/setup", $"/projects/{projectId}/configuration",
    $"/projects/{projectId}/mapping", $"/projects/{projectId}/play-mews", $"/projects/{projectId}/tests"];
// Every page once, so the figure below counts circuits, not code loaded on a first visit.
foreach (var path in paths)
    await setup.OpenAsync(app.BaseAddress, path);
await Task.Delay(settle);
var before = await MemoryAsync(app.ProcessId);

if (args is ["load"])
{
    foreach (var count in new[] { 50, 150 })
        await LoadAsync(count);
    return;
}

var contexts = new List<IBrowserContext>();
for (var i = 0; i < Circuits; i++)
{
    if (i % 10 == 0)
        contexts.Add(await browser.NewSignedInContextAsync(app.BaseAddress));
    var tab = await contexts[^1].NewPageAsync();
    await tab.OpenAsync(app.BaseAddress, paths[i % paths.Length]);
}
await Task.Delay(settle);
var after = await MemoryAsync(app.ProcessId);
Console.WriteLine($"Idle circuits: {Circuits} tabs over the project's {paths.Length} pages, {settle.TotalSeconds:0} s after the last opened, server process memory after a full collection:");
Console.WriteLine($"  live managed objects: {before.Live / 1048576.0:0.0} MB with one tab, {after.Live / 1048576.0:0.0} MB with {Circuits + 1}: {PerCircuit(before.Live, after.Live):0.00} MB per circuit (goal ≤ 2 MB)");
Console.WriteLine($"  resident: {before.Resident / 1048576.0:0.0} MB, then {after.Resident / 1048576.0:0.0} MB: {PerCircuit(before.Resident, after.Resident):0.00} MB per circuit, " +
    $"of which not mapped files {PerCircuit(before.Anonymous, after.Anonymous):0.00} MB (the heap's free space and native buffers included)");
foreach (var context in contexts)
    await context.CloseAsync();

// Signed-in people opening the project's pages, a few at a time as on a busy call, each tab kept open: the time from
// navigation to a live circuit, and every sign of trouble (a failed load, a page or console error, the reconnect
// dialog, an HTTP 5xx).
async Task LoadAsync(int count)
{
    var baseline = await MemoryAsync(app.ProcessId);
    var errors = new List<string>();
    var interactive = new List<double>();
    var opened = new List<IBrowserContext>();
    for (var i = 0; i < count; i += 10)
        opened.Add(await browser.NewSignedInContextAsync(app.BaseAddress));
    using var gate = new SemaphoreSlim(4);
    await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
    {
        await gate.WaitAsync();
        try
        {
            var tab = await opened[i / 10].NewPageAsync();
            tab.PageError += (_, error) => { lock (errors) errors.Add($"tab {i}: page error {error}"); };
            tab.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add($"tab {i}: console {message.Text}"); };
            tab.Response += (_, response) => { if (response.Status >= 500) lock (errors) errors.Add($"tab {i}: HTTP {response.Status} {response.Url}"); };
            var clock = Stopwatch.StartNew();
            await tab.OpenAsync(app.BaseAddress, paths[i % paths.Length]);
            lock (interactive)
                interactive.Add(clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            lock (errors)
                errors.Add($"tab {i}: {ex.Message.Split('\n')[0]}");
        }
        finally
        {
            gate.Release();
        }
    }));
    await Task.Delay(settle);
    foreach (var tab in opened.SelectMany(c => c.Pages))
    {
        if (await tab.Locator("#components-reconnect-modal[open], #blazor-error-ui[style*='block']").CountAsync() > 0)
            errors.Add($"{tab.Url}: the reconnect or error banner is showing");
    }
    var loaded = await MemoryAsync(app.ProcessId);
    var sorted = interactive.Order().ToList();
    double At(double share) => sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
    Console.WriteLine($"{count} signed-in circuits ({opened.Count} sessions, 4 opening at a time, over the project's {paths.Length} pages):");
    Console.WriteLine($"  time to interactive: p50 {At(0.5):0} ms, p95 {At(0.95):0} ms, max {(sorted.Count > 0 ? sorted[^1] : double.NaN):0} ms");
    Console.WriteLine($"  live managed objects: {(loaded.Live - baseline.Live) / 1048576.0 / count:0.00} MB per circuit; resident {(loaded.Resident - baseline.Resident) / 1048576.0 / count:0.00} MB per circuit (goal ≤ 2 MB)");
    Console.WriteLine($"  errors: {errors.Count} (goal 0)");
    foreach (var error in errors.Take(10))
        Console.WriteLine($"    {error}");
    foreach (var context in opened)
        await context.CloseAsync();
    await Task.Delay(settle);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static double PerCircuit(long before, long after) => (after - before) / 1048576.0 / Circuits;

// dotnet-gcdump (from the repository's tool manifest; circuits.sh runs from its root) forces a full collection and counts what survives it; then Linux's
// own accounting: VmRSS is all the process holds in memory, RssAnon the part that is not mapped files.
static async Task<(long Live, long Resident, long Anonymous)> MemoryAsync(int processId)
{
    var dump = Path.Combine(Path.GetTempPath(), $"circuits-{processId}-{Guid.NewGuid():N}.gcdump");
    try
    {
        await ToolAsync("collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", dump);
        var report = await ToolAsync("report", dump);
        var live = long.Parse(report.Split('\n').First(l => l.Contains("GC Heap bytes", StringComparison.Ordinal)).Trim().Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        var lines = File.ReadAllLines($"/proc/{processId}/status");
        long Kilobytes(string name) => long.Parse(lines.Single(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        return (live, Kilobytes("VmRSS:"), Kilobytes("RssAnon:"));
    }
    finally
    {
        File.Delete(dump);
    }
}

static async Task<string> ToolAsync(params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments.Prepend("dotnet-gcdump"))
        start.ArgumentList.Add(argument);
    using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet-gcdump did not start.");
    var output = process.StandardOutput.ReadToEndAsync();
    var error = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
        throw new InvalidOperationException($"dotnet-gcdump {string.Join(' ', arguments)} failed: {await output}{await error} (run dotnet tool restore)");
    return await output;
}
