namespace ChannelManagerDashboard.Tests.Support;

/// <summary>One running app with its own temp data folder, shared by a test class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly TempFolder data = new();

    public AppProcess App { get; private set; } = default!;
    public string DataFolder => data.Path;

    public async Task InitializeAsync() => App = await AppProcess.StartAsync(data.Path);

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        data.Dispose();
    }
}
