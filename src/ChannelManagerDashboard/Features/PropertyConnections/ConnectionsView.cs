using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>What P4 shows for the project's current environment.</summary>
/// <param name="ClientTokenHint">The saved client token, masked; empty when none is saved.</param>
/// <param name="ClientTokenVerifiedAt">When Mews last accepted it; null until it has.</param>
/// <param name="Refused">The last token Mews refused, when one was.</param>
public sealed record ConnectionsView(
    CertificationProject Project, string ClientTokenHint, DateTimeOffset? ClientTokenVerifiedAt, RefusedToken? Refused,
    string EmployeeEmail, string CredentialsUpdatedBy, DateTimeOffset? CredentialsUpdatedAt,
    IReadOnlyList<ChosenConnection> Chosen)
{
    /// <summary>What the picked-connections button says: a count only when there is more than one.</summary>
    public static string UsePickedText(int picked) => picked switch
    {
        0 => "Tick connections to use several together",
        1 => "Use the picked connection",
        _ => $"Use the {picked} picked connections",
    };
}

public sealed record ChosenConnection(
    int Id, string PropertyId, string PropertyName, string ConnectionName, string TokenHint, string ChosenBy, DateTimeOffset ChosenAt);

/// <summary>A client token Mews refused, masked, with what Mews said.</summary>
public sealed record RefusedToken(string Hint, DateTimeOffset At, string Because);
