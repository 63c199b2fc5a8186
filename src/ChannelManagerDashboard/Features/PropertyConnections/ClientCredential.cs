using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PropertyConnections;

/// <summary>A project's client token and employee email for one Mews environment (Mews issues one client token per environment).</summary>
public class ClientCredential
{
    public int ProjectId { get; set; }
    public MewsEnvironment Environment { get; set; }

    /// <summary>Encrypted with Data Protection; never stored in plain text.</summary>
    public string ProtectedClientToken { get; set; } = "";

    /// <summary>The masked token ("B19F…F29") shown on screen without decrypting.</summary>
    public string ClientTokenHint { get; set; } = "";

    /// <summary>When Mews last accepted the token; null until it has.</summary>
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>The last token Mews refused, encrypted; kept beside a working one instead of replacing it.</summary>
    public string RefusedClientToken { get; set; } = "";
    public string RefusedClientTokenHint { get; set; } = "";
    public DateTimeOffset? RefusedAt { get; set; }

    /// <summary>What Mews answered when it refused the token.</summary>
    public string RefusedBecause { get; set; } = "";

    public string EmployeeEmail { get; set; } = "";
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
