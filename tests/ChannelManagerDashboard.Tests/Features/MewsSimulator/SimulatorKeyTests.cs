using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.DataProtection;

namespace ChannelManagerDashboard.Tests.Features.MewsSimulator;

public sealed class SimulatorKeyTests : IDisposable
{
    private readonly TempFolder data = new();

    public void Dispose() => data.Dispose();

    private byte[] Load(string keys, ListLogger<SimulatorKeyTests>? log = null) =>
        SimulatorKey.LoadOrCreate(new DataFolder(data.Path), DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(data.Path, keys))), log ?? new ListLogger<SimulatorKeyTests>());

    [Fact]
    public void The_key_survives_a_restart_encrypted_and_a_lost_Data_Protection_key_makes_a_new_one()
    {
        var first = Load("keys");
        var again = Load("keys");
        var log = new ListLogger<SimulatorKeyTests>();

        var afterLoss = Load("other-keys", log);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, again);
        Assert.Equal(-1, File.ReadAllBytes(Path.Combine(data.Path, SimulatorKey.FileName)).AsSpan().IndexOf(first));
        Assert.NotEqual(first, afterLoss);
        Assert.Contains("pick their connection again in P4", log.All);
    }
}
