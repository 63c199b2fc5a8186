using ChannelManagerDashboard.Features.Projects;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// The fields the preparation steps ask for, as typed. Each field belongs to one step (P1, P2 or P9) and is saved
/// with that step only, so saving one step never writes over another step someone else just saved.
/// </summary>
public class PreparationInput
{
    public string PartnerId { get; set; } = "";
    public string TechnicalDetails { get; set; } = "";
    public string PilotPropertyName { get; set; } = "";
    public string EndpointBaseUrl { get; set; } = "";
    public CmEndpoints Endpoints { get; set; } = new();
    public DateTime? CertificationCallAt { get; set; }
    public string CertificationCallTimeZone { get; set; } = "";

    public static PreparationInput From(CertificationProject project) => new()
    {
        PartnerId = project.PartnerId,
        TechnicalDetails = project.TechnicalDetails,
        PilotPropertyName = project.PilotPropertyName,
        EndpointBaseUrl = project.EndpointBaseUrl,
        Endpoints = project.Endpoints.Copy(),
        CertificationCallAt = project.CertificationCallAt,
        CertificationCallTimeZone = project.CertificationCallTimeZone,
    };

    public PreparationInput Copy()
    {
        var copy = (PreparationInput)MemberwiseClone();
        copy.Endpoints = Endpoints.Copy();
        return copy;
    }

    /// <summary>Whether the fields that <paramref name="stepCode"/> owns are equal; steps without fields always are.</summary>
    public bool SameFieldsAs(PreparationInput other, string stepCode) => stepCode switch
    {
        "P1" => (PartnerId, PilotPropertyName, TechnicalDetails) == (other.PartnerId, other.PilotPropertyName, other.TechnicalDetails),
        "P2" => EndpointBaseUrl == other.EndpointBaseUrl && Endpoints.Describe().SequenceEqual(other.Endpoints.Describe()),
        "P9" => (CertificationCallAt, CertificationCallTimeZone) == (other.CertificationCallAt, other.CertificationCallTimeZone),
        _ => true,
    };

    public bool IsSameAs(PreparationInput other) => PreparationSteps.All.All(step => SameFieldsAs(other, step.Code));

    /// <summary>Copies the fields <paramref name="stepCode"/> owns from <paramref name="source"/>.</summary>
    public void TakeFields(PreparationInput source, string stepCode)
    {
        switch (stepCode)
        {
            case "P1":
                (PartnerId, PilotPropertyName, TechnicalDetails) = (source.PartnerId, source.PilotPropertyName, source.TechnicalDetails);
                break;
            case "P2":
                EndpointBaseUrl = source.EndpointBaseUrl;
                Endpoints = source.Endpoints.Copy();
                break;
            case "P9":
                (CertificationCallAt, CertificationCallTimeZone) = (source.CertificationCallAt, source.CertificationCallTimeZone);
                break;
        }
    }

    /// <summary>
    /// Writes the fields <paramref name="stepCode"/> owns into <paramref name="project"/>, trimmed.
    /// An invalid Partner ID is not applied: every project keeps a valid one.
    /// </summary>
    public void ApplyTo(CertificationProject project, string stepCode)
    {
        switch (stepCode)
        {
            case "P1":
                if (PartnerIdRule.Check(PartnerId) is null)
                    project.PartnerId = PartnerId.Trim();
                project.PilotPropertyName = PilotPropertyName.Trim();
                project.TechnicalDetails = TechnicalDetails.Trim();
                break;
            case "P2":
                project.EndpointBaseUrl = EndpointBaseUrl.Trim();
                project.Endpoints.SetFrom(Endpoints);
                break;
            case "P9":
                project.CertificationCallAt = CertificationCallAt;
                project.CertificationCallTimeZone = CertificationCallTimeZone.Trim();
                break;
        }
    }
}
