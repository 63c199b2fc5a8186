using System.Net;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Health;

/// <summary>The built app over real HTTP on loopback: health, Blazor's script and MudBlazor's assets.</summary>
public sealed class AppEndpointsTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private readonly AppProcess app = fixture.App;
    private HttpClient http = default!;

    public async Task InitializeAsync() => http = await app.SignedInClientAsync();

    public Task DisposeAsync()
    {
        http.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("/favicon.svg")]
    [InlineData("/app.css")]
    [InlineData("/app.js")]
    public async Task Answers_200(string path)
    {
        using var response = await http.GetAsync(new Uri(app.BaseAddress, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_database_file_is_created_in_the_data_folder_and_the_log_too()
    {
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri(app.BaseAddress, "/healthz")));
        Assert.True(File.Exists(Path.Combine(fixture.DataFolder, "dashboard.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fixture.DataFolder, "logs"), "dashboard-*.log"));
        Assert.Contains($"Data folder: {fixture.DataFolder}", app.Output);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_page_that_leads_back()
    {
        using var response = await http.GetAsync(new Uri(app.BaseAddress, "/no-such-page"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Go to the project list", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_missing_certification_file_and_a_missing_project_are_404s_that_say_which()
    {
        var projectId = await fixture.CreateProjectAsync("No file CM");

        using var noFile = await http.GetAsync(new Uri(app.BaseAddress, $"/projects/{projectId}/certification-file"));
        using var noProject = await http.GetAsync(new Uri(app.BaseAddress, "/projects/9999/certification-file"));

        Assert.Equal(HttpStatusCode.NotFound, noFile.StatusCode);
        Assert.Equal($"Project {projectId} has no certification file yet: upload it in step P8.", await noFile.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, noProject.StatusCode);
        Assert.Equal("Project 9999 no longer exists. Go back to the project list.", await noProject.Content.ReadAsStringAsync());
    }
}
