using ChannelManagerDashboard.Features.Projects;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>One running app with its own temp data folder, shared by a test class. Uploads are capped at 64 KB here.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const int MaxUploadBytes = 64 * 1024;

    private readonly TempFolder data = new();

    public AppProcess App { get; private set; } = default!;
    public string DataFolder => data.Path;

    public async Task InitializeAsync() => App = await AppProcess.StartAsync(data.Path,
        new Dictionary<string, string> { ["Preparation__MaxCertificationFileBytes"] = MaxUploadBytes.ToString() });

    /// <summary>A new project in the default team, written to the running app's database; its id.</summary>
    public Task<int> CreateProjectAsync(string name) => TestAccounts.WithServicesAsync(data.Path, async services =>
        (await services.GetRequiredService<ProjectService>().CreateAsync(Services.ValidInput(name), "tests")).Value);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}
