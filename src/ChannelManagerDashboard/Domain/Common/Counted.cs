namespace ChannelManagerDashboard.Domain.Common;

/// <summary>A count with its noun in the right number ("1 gap", "5 gaps"), so no text hedges with a bracketed plural.</summary>
public static class Counted
{
    /// <param name="plural">For nouns that do not just add an "s" ("entry", "entries"); defaults to <paramref name="singular"/> + "s".</param>
    public static string Of(long count, string singular, string? plural = null) => $"{count} {Noun(count, singular, plural)}";

    /// <summary>The noun alone, for sentences that put the number elsewhere ("3 of 5 endpoints").</summary>
    public static string Noun(long count, string singular, string? plural = null) => count == 1 ? singular : plural ?? singular + "s";
}
