using System.Text.Json.Nodes;

namespace ChannelManagerDashboard.Tests.Hosting;

/// <summary>
/// What the build wrote into the app's runtimeconfig.json, read back: a misspelt MSBuild property is silently ignored
/// (<c>ServerGarbageCollector</c> left the app on server GC, one heap per core, while its project file asked for one heap).
/// </summary>
public sealed class RuntimeConfigTests
{
    [Theory]
    [InlineData("System.GC.Server", "false")]
    [InlineData("System.GC.ConserveMemory", "5")]
    [InlineData("System.Runtime.TieredPGO", "false")]
    public void The_built_app_runs_with_the_settings_its_project_file_asks_for(string property, string expected)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ChannelManagerDashboard.runtimeconfig.json");
        var properties = JsonNode.Parse(File.ReadAllText(path))!["runtimeOptions"]!["configProperties"]!;

        Assert.Equal(expected, properties[property]?.ToJsonString());
    }
}
