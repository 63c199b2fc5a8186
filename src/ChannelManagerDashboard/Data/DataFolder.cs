using System.Runtime.InteropServices;

namespace ChannelManagerDashboard.Data;

/// <summary>
/// The folder the app owns for its database, logs and keys. Relative paths in configuration resolve against it,
/// so the app behaves the same whatever folder it is started from. It holds tokens and their keys, so on Linux and
/// macOS only the app's own user may read it: the folder is 0700, its files 0600, and so is everything created later.
/// </summary>
public sealed class DataFolder
{
    public const string ConfigurationKey = "Dashboard:DataFolder";

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <exception cref="DataFolderException">The folder cannot be created, written or restricted to its owner.</exception>
    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        try
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(Path);
            }
            else
            {
                _ = umask(0b000_111_111);
                Directory.CreateDirectory(Path, OwnerOnlyFolder);
                RestrictToOwner(new DirectoryInfo(Path));
            }
            var probe = System.IO.Path.Combine(Path, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFolderException(Path, ex);
        }
    }

    public string Path { get; }

    /// <summary>The configured folder, or the user's local application data folder when none is configured.</summary>
    public static DataFolder FromConfiguration(IConfiguration configuration) => new(PathFrom(configuration));

    /// <summary>Where the configured folder is, without making or changing it (a command that only reads it).</summary>
    public static string PathFrom(IConfiguration configuration) => System.IO.Path.GetFullPath(configuration[ConfigurationKey] is { Length: > 0 } configured
        ? configured
        : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ChannelManagerDashboard"));

    /// <summary>Where Data Protection keeps its keys.</summary>
    public DirectoryInfo Keys => new(Resolve("keys"));

    public string Resolve(string relativeOrAbsolute) =>
        System.IO.Path.IsPathRooted(relativeOrAbsolute) ? relativeOrAbsolute : System.IO.Path.Combine(Path, relativeOrAbsolute);

    /// <summary>Folders and files an earlier version left readable by others (0755, 0644) are closed too.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void RestrictToOwner(DirectoryInfo folder)
    {
        folder.UnixFileMode = OwnerOnlyFolder;
        foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            try
            {
                if (entry.LinkTarget is null)
                    entry.UnixFileMode = entry is DirectoryInfo ? OwnerOnlyFolder : OwnerOnlyFile;
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                // Another process on the same folder (the app while a command starts) removed it meanwhile, e.g. its write check.
            }
        }
    }

    /// <summary>Files and folders the process creates from now on get no permissions for group and others.</summary>
    [DllImport("libc")]
    private static extern uint umask(uint mask);
}

/// <summary>The data folder cannot be used, with what to do about it; the app stops with this message alone.</summary>
public sealed class DataFolderException(string path, Exception cause) : Exception(
    $"The data folder {path} cannot be used: {cause.Message} Make it writable for the user the app runs as ({Environment.UserName}), " +
    $"free some disk space if it is full, or set {DataFolder.ConfigurationKey} (Dashboard__DataFolder) to another folder.", cause);
