using ChannelManagerDashboard.Data;
using Microsoft.Data.Sqlite;

namespace ChannelManagerDashboard.Tests.Data;

public sealed class DataFolderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cmd-folder-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_relative_database_file_goes_into_the_data_folder()
    {
        var folder = new DataFolder(Path.Combine(root, "data"));

        var resolved = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.ResolveConnectionString("Data Source=dashboard.db", folder));

        Assert.True(Directory.Exists(folder.Path));
        Assert.Equal(Path.Combine(root, "data", "dashboard.db"), resolved.DataSource);
    }

    [Fact]
    public void An_absolute_database_file_is_left_alone_and_a_missing_one_gets_the_default()
    {
        var folder = new DataFolder(root);

        var absolute = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.ResolveConnectionString("Data Source=/var/lib/x.db;Cache=Shared", folder));
        var fallback = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.ResolveConnectionString(null, folder));

        Assert.Equal("/var/lib/x.db", absolute.DataSource);
        Assert.Equal(SqliteCacheMode.Shared, absolute.Cache);
        Assert.Equal(Path.Combine(root, "dashboard.db"), fallback.DataSource);
    }
}
