using ChannelManagerDashboard.Data;
using Microsoft.Data.Sqlite;

namespace ChannelManagerDashboard.Tests.Data;

public sealed class DataFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cmd-folder-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task Processes_opening_one_folder_at_the_same_moment_all_succeed()
    {
        var path = Path.Combine(root, "shared");
        Directory.CreateDirectory(path);
        for (var i = 0; i < 200; i++)
            await File.WriteAllTextAsync(Path.Combine(path, $"file-{i}.txt"), "kept");

        var opened = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => new DataFolder(path))));

        Assert.All(opened, folder => Assert.Equal(path, folder.Path));
    }

    [Fact]
    public void A_relative_database_file_goes_into_the_data_folder()
    {
        var folder = new DataFolder(Path.Combine(root, "data"));

        var resolved = new SqliteConnectionStringBuilder(DatabaseSettings.SqliteFile("Data Source=dashboard.db", folder.Path));

        Assert.True(Directory.Exists(folder.Path));
        Assert.Equal(Path.Combine(root, "data", "dashboard.db"), resolved.DataSource);
    }

    [Fact]
    public void An_absolute_database_file_is_left_alone_and_a_missing_one_gets_the_default()
    {
        var folder = new DataFolder(root);

        var absolute = new SqliteConnectionStringBuilder(DatabaseSettings.SqliteFile("Data Source=/var/lib/x.db;Cache=Shared", folder.Path));
        var fallback = new SqliteConnectionStringBuilder(DatabaseSettings.SqliteFile(null, folder.Path));

        Assert.Equal("/var/lib/x.db", absolute.DataSource);
        Assert.Equal(SqliteCacheMode.Shared, absolute.Cache);
        Assert.Equal(Path.Combine(root, "dashboard.db"), fallback.DataSource);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_folder_and_everything_in_it_is_readable_by_its_owner_only_also_what_an_earlier_version_left_open()
    {
        var path = Path.Combine(root, "data");
        Directory.CreateDirectory(Path.Combine(path, "logs"));
        var oldLog = Path.Combine(path, "logs", "dashboard-20261128.log");
        File.WriteAllText(oldLog, "a line");
        File.SetUnixFileMode(oldLog, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);

        var folder = new DataFolder(path);
        var later = folder.Resolve("later.txt");
        File.WriteAllText(later, "written after start-up");
        Directory.CreateDirectory(folder.Resolve("keys"));

        var ownerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var ownerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(ownerOnlyFolder, File.GetUnixFileMode(path));
        Assert.Equal(ownerOnlyFolder, File.GetUnixFileMode(Path.Combine(path, "logs")));
        Assert.Equal(ownerOnlyFile, File.GetUnixFileMode(oldLog));
        Assert.Equal(ownerOnlyFile, File.GetUnixFileMode(later));
        Assert.Equal(ownerOnlyFolder, File.GetUnixFileMode(folder.Resolve("keys")));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_refused_with_the_folder_and_what_to_do()
    {
        var file = Path.Combine(root, "not-a-folder");
        File.WriteAllText(file, "");

        var refused = Assert.Throws<DataFolderException>(() => new DataFolder(Path.Combine(file, "data")));

        Assert.StartsWith($"The data folder {Path.Combine(file, "data")} cannot be used: ", refused.Message);
        Assert.Contains("or set Dashboard:DataFolder (Dashboard__DataFolder) to another folder.", refused.Message);
    }
}
