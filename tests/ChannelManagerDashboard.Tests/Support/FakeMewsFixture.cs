namespace ChannelManagerDashboard.Tests.Support;

/// <summary>One <see cref="FakeMews"/> shared by a test class.</summary>
public sealed class FakeMewsFixture : IAsyncLifetime
{
    public FakeMews Mews { get; private set; } = default!;

    public async Task InitializeAsync() => Mews = await FakeMews.StartAsync();

    public async Task DisposeAsync() => await Mews.DisposeAsync();
}
