namespace ChannelManagerDashboard.Tests.Support;

/// <summary>A copy of the data folder the .NET 9 release made (TestData/Release-2026-11-28), to open with today's code.</summary>
public sealed class ReleaseDatabase : IDisposable
{
    /// <summary>The folder that release ran from: its tokens are encrypted under it.</summary>
    public const string ContentRoot = "/tmp/oldrel/src/src/ChannelManagerDashboard/bin/Debug/net9.0/linux-x64/";

    public const string SimulatorClientToken = "B19F88CF7713E64D25084D443FEF7DEC-000CBB4F19AB9A1549F7B03A712FF29";
    public const string MainConnectionToken = "C90C8AD540EF50C0588CB8661D3D1068-7EED72DBFB9BB9C2A5C0A3C04313B43";
    public const string DeactivatedConnectionToken = "85C7E5751AD9DCD397EE07CD21AFC783-D21A3579EE553D2CF680E80ECBE188C";

    private readonly TempFolder folder = new();

    public ReleaseDatabase()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "TestData", "Release-2026-11-28");
        File.Copy(Path.Combine(source, "dashboard.db"), FilePath);
        Directory.CreateDirectory(Keys.FullName);
        foreach (var key in Directory.GetFiles(Path.Combine(source, "keys")))
            File.Copy(key, Path.Combine(Keys.FullName, Path.GetFileName(key)));
    }

    /// <summary>A data folder: the database and the keys, as the app expects them.</summary>
    public string DataFolder => folder.Path;
    public string FilePath => Path.Combine(folder.Path, "dashboard.db");
    public DirectoryInfo Keys => new(Path.Combine(folder.Path, "keys"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
