using System.Net;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>The real binary started on the .NET 9 release's data folder (which has no accounts), over HTTP on loopback.</summary>
public sealed class ReleaseDataFolderTests : IDisposable
{
    private readonly ReleaseDatabase release = new();
    private readonly HttpClient anonymous = new(new HttpClientHandler { AllowAutoRedirect = false });

    public void Dispose()
    {
        anonymous.Dispose();
        release.Dispose();
    }

    [Fact]
    public async Task The_app_upgrades_the_release_s_data_folder_and_serves_its_files_reports_and_exports()
    {
        await using (var app = await AppProcess.StartAsync(release.DataFolder,
            new Dictionary<string, string> { ["Dashboard__PreviousContentRoots__0"] = ReleaseDatabase.ContentRoot }, accounts: false))
        {
            Assert.Equal("Healthy", await anonymous.GetStringAsync(new Uri(app.BaseAddress, "/healthz")));
            // Nothing is served before the first owner exists, and the sign-in page asks for one.
            using (var files = await anonymous.GetAsync(new Uri(app.BaseAddress, "/projects/1/certification-file")))
                Assert.Equal("/account/login", new Uri(app.BaseAddress, files.Headers.Location!).AbsolutePath);
            using (var login = await anonymous.GetAsync(new Uri(app.BaseAddress, "/account/login")))
                Assert.Equal("/account/first-owner", new Uri(app.BaseAddress, login.Headers.Location!).AbsolutePath);
            var (exit, output, _) = await AppProcess.RunCommandAsync(release.DataFolder,
                "users", "add", "--email", TestAccounts.EmailOf("Viewer"), "--password", TestAccounts.Password, "--role", "Viewer");
            Assert.Equal((0, "viewer@example.com can sign in now as Viewer in Default team."), (exit, output.Trim()));
            using var http = await app.SignedInClientAsync("Viewer");
            Assert.Equal(5, CountOf(app.Output, "Encrypted a token again that an earlier version saved while running from " + ReleaseDatabase.ContentRoot));
            Assert.DoesNotContain(ReleaseDatabase.SimulatorClientToken, app.Output);

            var file = await http.GetByteArrayAsync("/projects/1/certification-file");
            Assert.Equal(39, file.Length);
            var csv = await http.GetStringAsync("/projects/1/mapping/1/export?format=csv");
            Assert.Contains("BB,Bed & Breakfast,DBL,Double Room,BRKF,Bed and breakfast,R-DBL,Double,,mapped", csv);
            Assert.Contains("Dorm beds are sold on our hostel site only.,excluded", csv);
            var report = JsonNode.Parse(await http.GetStringAsync("/projects/1/play-mews/runs/6/report.json"))!;
            Assert.Equal(("INV-06", true), (report["tests"]![0]!["id"]!.GetValue<string>(), report["tests"]![0]!["passed"]!.GetValue<bool>()));
        }

        // Started again without the old folder: the tokens were encrypted again, so nothing is left to upgrade or lose.
        await using (var again = await AppProcess.StartAsync(release.DataFolder))
        {
            using var http = await again.SignedInClientAsync("Viewer");
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/projects/2")).StatusCode);
            Assert.DoesNotContain("cannot be decrypted", again.Output);
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
