using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.MewsSimulator;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Hosting.Commands;

/// <summary>What the commands read: the files their options name and the simulator's seed the app is configured with.</summary>
public static class CommandInputs
{
    /// <returns>The file's text, or that the file named by <paramref name="option"/> cannot be read and why.</returns>
    public static Result<string> Read(string path, string option)
    {
        try
        {
            return Result.Of(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Result.Invalid(option, $"{option}: {path} cannot be read ({ex.Message}).").As<string>();
        }
    }

    /// <returns>The seed MewsSimulator:SeedFile names (the built-in one by default), or why it cannot be used.</returns>
    public static Result<SimulatorSeed> Seed(IServiceProvider services)
    {
        try
        {
            return Result.Of(services.GetRequiredService<SimulatorSeed>());
        }
        catch (Exception ex) when (ex is InvalidDataException or OptionsValidationException)
        {
            return Result.Invalid(Result.Whole, ex.Message).As<SimulatorSeed>();
        }
    }
}
