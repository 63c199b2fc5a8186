using System.Runtime.CompilerServices;

namespace ChannelManagerDashboard.Tests.Support;

/// <summary>
/// bUnit's synchronous waits block a pool thread each while test classes run in parallel; on two cores the pool
/// grows too slowly to run the renderer's checks in time, so the minimum is raised once for the assembly.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void RaiseMinimumThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount * 8), completionPorts);
    }
}
