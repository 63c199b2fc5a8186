namespace ChannelManagerDashboard.Data;

/// <summary>
/// The folder the app owns for its database, logs and keys. Relative paths in configuration resolve against it,
/// so the app behaves the same whatever folder it is started from.
/// </summary>
public sealed class DataFolder
{
    public const string ConfigurationKey = "Dashboard:DataFolder";

    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The configured folder, or the user's local application data folder when none is configured.</summary>
    public static DataFolder FromConfiguration(IConfiguration configuration) =>
        new(configuration[ConfigurationKey] is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ChannelManagerDashboard"));

    /// <summary>Where Data Protection keeps its keys.</summary>
    public DirectoryInfo Keys => new(Resolve("keys"));

    public string Resolve(string relativeOrAbsolute) =>
        System.IO.Path.IsPathRooted(relativeOrAbsolute) ? relativeOrAbsolute : System.IO.Path.Combine(Path, relativeOrAbsolute);
}
