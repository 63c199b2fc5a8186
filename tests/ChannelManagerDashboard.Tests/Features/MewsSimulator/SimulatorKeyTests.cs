using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.MewsSimulator;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Features.MewsSimulator;

[Trait(TestDatabase.Trait, TestDatabase.AnyEngine)]
public sealed class SimulatorKeyTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    private string KeyFile => Path.Combine(database.Folder, SimulatorKey.FileName);

    private IDataProtectionProvider Keys(string keys) => DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(database.Folder, keys)));

    private byte[] Load(string keys, ListLogger<SimulatorKeyTests>? log = null) =>
        SimulatorKey.LoadOrCreate(database.Factory, new DataFolder(database.Folder), Keys(keys), log ?? new ListLogger<SimulatorKeyTests>());

    [Fact]
    public void The_key_survives_a_restart_encrypted_in_the_database_and_a_lost_Data_Protection_key_makes_a_new_one()
    {
        var first = Load("keys");
        var again = Load("keys");
        var log = new ListLogger<SimulatorKeyTests>();

        var afterLoss = Load("other-keys", log);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, again);
        Assert.DoesNotContain(Convert.ToHexString(first), Convert.ToHexString(System.Text.Encoding.Latin1.GetBytes(database.EverythingStored())));
        Assert.NotEqual(first, afterLoss);
        Assert.Equal(afterLoss, Load("other-keys"));
        Assert.Contains("pick their connection again in P4", log.All);
    }

    [Fact]
    public void The_key_an_earlier_version_kept_in_the_data_folder_moves_into_the_database()
    {
        var earlier = new byte[32];
        Random.Shared.NextBytes(earlier);
        File.WriteAllBytes(KeyFile, Keys("keys").CreateProtector("ChannelManagerDashboard.SimulatorProjectTokens.v1").Protect(earlier));

        var loaded = Load("keys");

        Assert.Equal(earlier, loaded);
        Assert.False(File.Exists(KeyFile));
        using var db = database.Factory.CreateDbContext();
        Assert.Equal(1, db.Set<StoredSimulatorKey>().Count());
        Assert.Equal(earlier, Load("keys"));
    }

    [Fact]
    public async Task Instances_starting_together_on_one_database_share_one_key()
    {
        var keys = Keys("keys");
        var folder = new DataFolder(database.Folder);
        var loads = Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            SimulatorKey.LoadOrCreate(database.Factory, folder, keys, new ListLogger<SimulatorKeyTests>()))).ToList();

        var all = await Task.WhenAll(loads);

        Assert.All(all, key => Assert.Equal(all[0], key));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Set<StoredSimulatorKey>().CountAsync());
    }
}
