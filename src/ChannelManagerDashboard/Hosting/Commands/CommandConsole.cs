namespace ChannelManagerDashboard.Hosting.Commands;

/// <summary>Where a command writes its output and errors, and reads what it asks for (a password given as "-").</summary>
public sealed record CommandConsole(TextWriter Output, TextWriter Errors, TextReader Input)
{
    public static CommandConsole Standard => new(Console.Out, Console.Error, Console.In);
}
