using System.Net;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Data;

/// <summary>The real binary started on the .NET 9 release's data folder, over HTTP on loopback.</summary>
public sealed class ReleaseDataFolderTests : IDisposable
{
    private readonly ReleaseDatabase release = new();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        http.Dispose();
        release.Dispose();
    }

    [Fact]
    public async Task The_app_upgrades_the_release_s_data_folder_and_serves_its_files_reports_and_exports()
    {
        await using (var app = await AppProcess.StartAsync(release.DataFolder,
            new Dictionary<string, string> { ["Dashboard__PreviousContentRoots__0"] = ReleaseDatabase.ContentRoot }))
        {
            Assert.Equal("Healthy", await http.GetStringAsync(new Uri(app.BaseAddress, "/healthz")));
            Assert.Equal(5, CountOf(app.Output, "Encrypted a token again that an earlier version saved while running from " + ReleaseDatabase.ContentRoot));
            Assert.DoesNotContain(ReleaseDatabase.SimulatorClientToken, app.Output);

            var file = await http.GetByteArrayAsync(new Uri(app.BaseAddress, "/projects/1/certification-file"));
            Assert.Equal(39, file.Length);
            var csv = await http.GetStringAsync(new Uri(app.BaseAddress, "/projects/1/mapping/1/export?format=csv"));
            Assert.Contains("BB,Bed & Breakfast,DBL,Double Room,BRKF,Bed and breakfast,R-DBL,Double,,mapped", csv);
            Assert.Contains("Dorm beds are sold on our hostel site only.,excluded", csv);
            var report = JsonNode.Parse(await http.GetStringAsync(new Uri(app.BaseAddress, "/projects/1/play-mews/runs/6/report.json")))!;
            Assert.Equal(("INV-06", true), (report["tests"]![0]!["id"]!.GetValue<string>(), report["tests"]![0]!["passed"]!.GetValue<bool>()));
        }

        // Started again without the old folder: the tokens were encrypted again, so nothing is left to upgrade or lose.
        await using (var again = await AppProcess.StartAsync(release.DataFolder))
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(again.BaseAddress, "/projects/2"))).StatusCode);
            Assert.DoesNotContain("cannot be decrypted", again.Output);
        }
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
