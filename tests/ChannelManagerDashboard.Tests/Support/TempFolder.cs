namespace ChannelManagerDashboard.Tests.Support;

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cmd-app-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
