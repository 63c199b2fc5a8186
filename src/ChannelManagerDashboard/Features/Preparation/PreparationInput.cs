using ChannelManagerDashboard.Features.Projects;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>The fields the preparation steps ask for, as typed (saved even when invalid, so nothing is lost).</summary>
public class PreparationInput
{
    public string PartnerId { get; set; } = "";
    public string TechnicalDetails { get; set; } = "";
    public string PilotPropertyName { get; set; } = "";
    public CmEndpoints Endpoints { get; set; } = new();
    public DateTime? CertificationCallAt { get; set; }
    public string CertificationCallTimeZone { get; set; } = "";

    public static PreparationInput From(CertificationProject project) => new()
    {
        PartnerId = project.PartnerId,
        TechnicalDetails = project.TechnicalDetails,
        PilotPropertyName = project.PilotPropertyName,
        Endpoints = project.Endpoints.Copy(),
        CertificationCallAt = project.CertificationCallAt,
        CertificationCallTimeZone = project.CertificationCallTimeZone,
    };

    public PreparationInput Copy() => new()
    {
        PartnerId = PartnerId,
        TechnicalDetails = TechnicalDetails,
        PilotPropertyName = PilotPropertyName,
        Endpoints = Endpoints.Copy(),
        CertificationCallAt = CertificationCallAt,
        CertificationCallTimeZone = CertificationCallTimeZone,
    };

    public bool IsSameAs(PreparationInput other) =>
        PartnerId == other.PartnerId &&
        TechnicalDetails == other.TechnicalDetails &&
        PilotPropertyName == other.PilotPropertyName &&
        CertificationCallAt == other.CertificationCallAt &&
        CertificationCallTimeZone == other.CertificationCallTimeZone &&
        Endpoints.Describe().SequenceEqual(other.Endpoints.Describe());

    /// <summary>Writes the fields into <paramref name="project"/>, trimmed. An invalid Partner ID is not applied: it would break the project.</summary>
    public void ApplyTo(CertificationProject project)
    {
        if (PartnerIdRule.Check(PartnerId) is null)
            project.PartnerId = PartnerId.Trim();
        project.TechnicalDetails = TechnicalDetails.Trim();
        project.PilotPropertyName = PilotPropertyName.Trim();
        project.Endpoints = new CmEndpoints
        {
            UpdateAvailability = Endpoints.UpdateAvailability.Trim(),
            UpdatePrices = Endpoints.UpdatePrices.Trim(),
            UpdateRestrictions = Endpoints.UpdateRestrictions.Trim(),
            ConfirmBooking = Endpoints.ConfirmBooking.Trim(),
            ChangeNotification = Endpoints.ChangeNotification.Trim(),
        };
        project.CertificationCallAt = CertificationCallAt;
        project.CertificationCallTimeZone = CertificationCallTimeZone.Trim();
    }
}
