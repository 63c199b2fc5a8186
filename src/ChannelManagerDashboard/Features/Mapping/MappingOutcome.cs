namespace ChannelManagerDashboard.Features.Mapping;

public enum MappingOutcomeKind
{
    Saved,
    Unchanged,

    /// <summary>The rules refuse the edit; <see cref="MappingOutcome.Message"/> says why and what to do.</summary>
    Refused,

    /// <summary>Someone else changed the mapping since the page loaded; nothing was saved.</summary>
    Conflict,
}

/// <param name="Message">What was saved (for Saved), or why not.</param>
/// <param name="Notices">Side effects, such as P6 becoming done or going back to in progress.</param>
public sealed record MappingOutcome(MappingOutcomeKind Kind, string Message, IReadOnlyList<string> Notices)
{
    public static MappingOutcome Refused(string why) => new(MappingOutcomeKind.Refused, why, []);

    /// <param name="theirs">The saved mapping that won, when it can be read.</param>
    public static MappingOutcome Conflict(MappingSet? theirs) => new(MappingOutcomeKind.Conflict,
        "Someone else changed this mapping since you loaded it" +
        (theirs is null ? "" : $" ({theirs.UpdatedBy}, at {theirs.UpdatedAt.UtcDateTime:HH:mm:ss} UTC)") +
        ". Your change was not applied. Reload to see their version, then make your change again.", []);
}
