namespace ChannelManagerDashboard.Tests.Support;

public static class Repository
{
    /// <summary>The folder of ChannelManagerDashboard.sln, found upwards from the test output.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ChannelManagerDashboard.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("ChannelManagerDashboard.sln not found above the test output.");
    }
}
