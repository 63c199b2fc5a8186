using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Domain.Projects;

/// <summary>One channel manager's journey through a Mews certification.</summary>
public class CertificationProject
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The team whose people see and work on the project; new projects start in the default team, id 1.</summary>
    public int TeamId { get; set; } = 1;

    /// <summary>Which API the project certifies; set when it is created.</summary>
    public ProjectKind Kind { get; set; }
    public string PartnerId { get; set; } = "";
    public string PilotPropertyName { get; set; } = "";
    public MewsEnvironment Environment { get; set; }
    public string EndpointBaseUrl { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? ArchivedAt { get; set; }

    /// <summary>P1: what the partner tells Mews about the integration.</summary>
    public string TechnicalDetails { get; set; } = "";

    /// <summary>P2/P3: the channel manager's endpoints that Mews calls.</summary>
    public CmEndpoints Endpoints { get; set; } = new();

    /// <summary>P9: the wall-clock time of the 90-minute certification call, as agreed, in <see cref="CertificationCallTimeZone"/>.</summary>
    public DateTime? CertificationCallAt { get; set; }

    /// <summary>P9: the IANA time zone of <see cref="CertificationCallAt"/>, e.g. Europe/Amsterdam.</summary>
    public string CertificationCallTimeZone { get; set; } = "";

    public bool IsArchived => ArchivedAt is not null;

    public CertificationProject Clone()
    {
        var clone = (CertificationProject)MemberwiseClone();
        clone.Endpoints = Endpoints.Copy();
        return clone;
    }
}
