using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Hosting.Outbound;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

// The recording proxy's cost per call: the same Connector API calls sent straight to a fake Mews on loopback and
// through the proxy (forward, answer, record to SQLite), sequentially and 16 at a time; then whether every call was
// stored, and the process's peak memory.
const int Sequential = 3000;
const int Workers = 16;
const int PerWorker = 1000;

var folder = Directory.CreateTempSubdirectory("proxy-bench-");
try
{
    var options = new DbContextOptionsBuilder<DashboardDbContext>().UseSqlite($"Data Source={Path.Combine(folder.FullName, "dashboard.db")}").Options;
    var factory = new PooledDbContextFactory<DashboardDbContext>(options);
    await using (var db = factory.CreateDbContext())
        await db.Database.MigrateAsync();

    var answer = """{"Enterprise":{"Name":"Demo Hotel"},"Services":[]}"""u8.ToArray();
    await using var mews = await LoopbackServer.StartAsync(app => app.MapPost("/api/connector/v1/{**operation}", async (HttpContext context) =>
    {
        var buffer = new byte[8192];
        while (await context.Request.Body.ReadAsync(buffer) > 0)
        {
        }
        context.Response.Headers["Request-Id"] = Guid.NewGuid().ToString();
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(answer);
    }));
    await using var proxy = await LoopbackServer.StartAsync(app => app.MapConnectorReview(), services => services
        .AddSingleton<IDbContextFactory<DashboardDbContext>>(factory).AddSingleton(new ProjectPageRefresh(new LocalMessageBus())).AddSingleton(TimeProvider.System)
        // The fake Mews runs on loopback, which the outbound rule refuses unless told.
        .AddSingleton(new OutboundNetworkRule(allowLoopback: true, [])).AddConnectorReview());

    int runId;
    var key = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
    await using (var db = factory.CreateDbContext())
    {
        var project = new CertificationProject { Name = "Proxy bench", PartnerId = "INT1", Kind = ProjectKind.Connector, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        db.ConnectorJourneys.Add(new ConnectorJourney { ProjectId = project.Id, MewsAddress = mews.BaseAddress.ToString().TrimEnd('/') });
        var run = new ConnectorRun { ProjectId = project.Id, Name = "bench", Source = RunSource.Proxy, CreatedAt = DateTimeOffset.UtcNow, RecordingKey = key };
        db.ConnectorRuns.Add(run);
        await db.SaveChangesAsync();
        runId = run.Id;
    }

    using var http = new HttpClient();
    var direct = new Uri(mews.BaseAddress, "/api/connector/v1/reservations/getAll/2023-06-06");
    var proxied = new Uri(proxy.BaseAddress, $"/connector-proxy/{key}/api/connector/v1/reservations/getAll/2023-06-06");
    const string body = """{"ClientToken":"E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D","AccessToken":"7059D2C25BF64EA681ACAB3A00B859CC-D91BFF2B1E3047A3E0DEC1D57BE1382","Client":"Bench 1.0.0","UpdatedUtc":{"StartUtc":"2026-11-28T08:00:00Z","EndUtc":"2026-11-28T08:30:00Z"},"Limitation":{"Cursor":null,"Count":1000}}""";

    async Task<double> SendAsync(Uri target)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync(target, new StringContent(body, Encoding.UTF8, "application/json"));
        await response.Content.ReadAsByteArrayAsync();
        return clock.Elapsed.TotalMilliseconds;
    }

    for (var i = 0; i < 300; i++)
    {
        await SendAsync(direct);
        await SendAsync(proxied);
    }
    // Alternating, so both sides see the same machine load.
    var straight = new List<double>();
    var through = new List<double>();
    for (var i = 0; i < Sequential; i++)
    {
        straight.Add(await SendAsync(direct));
        through.Add(await SendAsync(proxied));
    }
    Console.WriteLine($"{Sequential} sequential calls, milliseconds     p50     p95     p99");
    Console.WriteLine($"  straight to the fake Mews          {P(straight, 50),7:0.00} {P(straight, 95),7:0.00} {P(straight, 99),7:0.00}");
    Console.WriteLine($"  through the recording proxy        {P(through, 50),7:0.00} {P(through, 95),7:0.00} {P(through, 99),7:0.00}");
    Console.WriteLine($"  added by the proxy                 {P(through, 50) - P(straight, 50),7:0.00} {P(through, 95) - P(straight, 95),7:0.00} {P(through, 99) - P(straight, 99),7:0.00}");

    var concurrent = new List<double>[Workers];
    var wall = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, Workers).Select(async w =>
    {
        concurrent[w] = [];
        for (var i = 0; i < PerWorker; i++)
            concurrent[w].Add(await SendAsync(proxied));
    }));
    wall.Stop();
    var all = concurrent.SelectMany(c => c).ToList();
    Console.WriteLine($"{Workers} at a time, {all.Count} calls through the proxy: {all.Count / wall.Elapsed.TotalSeconds:N0} calls/s, p50 {P(all, 50):0.00} ms, p95 {P(all, 95):0.00} ms, p99 {P(all, 99):0.00} ms");

    var expected = 600 / 2 + Sequential + Workers * PerWorker;
    var stored = 0;
    var waited = Stopwatch.StartNew();
    while (waited.Elapsed < TimeSpan.FromSeconds(30))
    {
        await using var db = factory.CreateDbContext();
        stored = await db.ConnectorRequests.CountAsync(c => c.RunId == runId);
        if (stored >= expected)
            break;
        await Task.Delay(50);
    }
    Console.WriteLine($"Stored {stored:N0} of {expected:N0} proxied calls ({waited.Elapsed.TotalMilliseconds:0} ms after the last answer); peak memory {PeakMb():0} MB.");
}
finally
{
    SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}

static double PeakMb()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
}
