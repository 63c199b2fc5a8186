using System.Net;
using System.Text;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

/// <summary>The recording proxy in the real app process: its own headers, the app's security headers and its log file.</summary>
[Collection(HarnessCollection.Name)]
public sealed class ProxyAppTests : IDisposable
{
    private const string Key = "5f1e0c9a7b3d4e2f8a6c0b1d9e7f3a4c";

    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task The_log_shows_the_proxy_path_with_the_key_masked_and_the_answer_keeps_its_sandbox_under_the_apps_headers()
    {
        await using var mews = await LoopbackServer.StartAsync(web => web.MapPost("/api/connector/v1/configuration/get", (HttpResponse response) =>
        {
            response.Headers.SetCookie = ".AspNetCore.Cookies=planted; path=/";
            return Results.Content("<html><script>fetch('/users')</script></html>", "text/html");
        }));
        await TestAccounts.AddAsync(data.Path);
        await AddRecordingAsync(mews.BaseAddress.ToString().TrimEnd('/'));
        // The fake Mews listens on loopback, which the proxy reaches only with the setting.
        await using var app = await AppProcess.StartAsync(data.Path, new Dictionary<string, string> { ["PlayMews__AllowLoopback"] = "true" });
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(app.BaseAddress, $"/connector-proxy/{Key}/api/connector/v1/configuration/get"),
            new StringContent("""{"ClientToken":"x","AccessToken":"y"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("sandbox", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var masked = $"/connector-proxy/****{Key[^4..]}/api/connector/v1/configuration/get";
        await app.WaitForOutputAsync(masked).WaitAsync(TimeSpan.FromSeconds(30));
        var logged = await LoggedAsync(masked);
        Assert.Contains(masked, logged);
        Assert.DoesNotContain(Key, logged);
        Assert.DoesNotContain(Key, app.Output);
    }

    /// <summary>The log file once it holds <paramref name="line"/>: the console sink writes a line before the file sink does.</summary>
    private async Task<string> LoggedAsync(string line)
    {
        var file = Assert.Single(Directory.GetFiles(Path.Combine(data.Path, "logs")));
        for (var i = 0; i < 200; i++)
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var text = await new StreamReader(stream).ReadToEndAsync();
            if (text.Contains(line, StringComparison.Ordinal))
                return text;
            await Task.Delay(50);
        }
        throw new TimeoutException($"The log file never held {line}.");
    }

    /// <summary>A Connector project recording into a run under <see cref="Key"/>, written before the app starts.</summary>
    private async Task AddRecordingAsync(string mewsAddress)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DataFolder.ConfigurationKey] = data.Path }).Build();
        await using (var provider = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddSingleton(TimeProvider.System)
            .AddDashboardData(configuration, new DataFolder(data.Path)).BuildServiceProvider())
        {
            await using var db = await provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
            var project = new CertificationProject { Name = "Proxy in the app", PartnerId = "INT1", Kind = ProjectKind.Connector, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            db.ConnectorJourneys.Add(new ConnectorJourney { ProjectId = project.Id, MewsAddress = mewsAddress });
            db.ConnectorRuns.Add(new ConnectorRun { ProjectId = project.Id, Name = "Recording", Source = RunSource.Proxy, CreatedAt = DateTimeOffset.UtcNow, RecordingKey = Key, Complete = true });
            await db.SaveChangesAsync();
        }
        SqliteConnection.ClearAllPools();
    }
}
