using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>Caps on what an import reads, so a wrong or hostile file is refused instead of filling memory.</summary>
public static class ImportLimits
{
    public const int MaxFileBytes = 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>How many of a refused file's problems are listed; the rest are counted.</summary>
    public const int ShownProblems = 50;

    /// <summary>A refused file's problems, one a line, the first <see cref="ShownProblems"/> of them and a count of the rest.</summary>
    public static string Shown(IReadOnlyList<Problem> problems) =>
        string.Join("\n", problems.Take(ShownProblems).Select(p => p.Message)) + (problems.Count > ShownProblems ? $"\n…and {problems.Count - ShownProblems} more." : "");

    /// <summary>
    /// Pasted text travels over the circuit in one message: the text box stops at this length, and
    /// <see cref="Components.ComponentsExtensions.MaxCircuitMessageBytes"/> leaves room for it at six bytes a character (JSON escapes). Longer lists go through a file.
    /// </summary>
    public const int MaxPastedChars = 50_000;
}
