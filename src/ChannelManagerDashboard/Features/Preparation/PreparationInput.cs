using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;

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

    private static readonly EditableField<PreparationInput>[] P1 =
    [
        new("the Partner ID", x => x.PartnerId, (x, v) => x.PartnerId = (string)v!),
        new("the pilot property", x => x.PilotPropertyName, (x, v) => x.PilotPropertyName = (string)v!),
        new("the technical details", x => x.TechnicalDetails, (x, v) => x.TechnicalDetails = (string)v!),
    ];

    private static readonly EditableField<PreparationInput>[] P2 =
    [
        new("the base URL", x => x.EndpointBaseUrl, (x, v) => x.EndpointBaseUrl = (string)v!),
        new("the Update availability URL", x => x.Endpoints.UpdateAvailability, (x, v) => x.Endpoints.UpdateAvailability = (string)v!),
        new("the Update prices URL", x => x.Endpoints.UpdatePrices, (x, v) => x.Endpoints.UpdatePrices = (string)v!),
        new("the Update restrictions URL", x => x.Endpoints.UpdateRestrictions, (x, v) => x.Endpoints.UpdateRestrictions = (string)v!),
        new("the Confirm booking URL", x => x.Endpoints.ConfirmBooking, (x, v) => x.Endpoints.ConfirmBooking = (string)v!),
        new("the Change notification URL", x => x.Endpoints.ChangeNotification, (x, v) => x.Endpoints.ChangeNotification = (string)v!),
    ];

    private static readonly EditableField<PreparationInput>[] P9 =
    [
        new("the call time", x => x.CertificationCallAt, (x, v) => x.CertificationCallAt = (DateTime?)v),
        new("the call's time zone", x => x.CertificationCallTimeZone, (x, v) => x.CertificationCallTimeZone = (string)v!),
    ];

    /// <summary>The fields <paramref name="stepCode"/> owns; steps without fields own none.</summary>
    public static IReadOnlyList<EditableField<PreparationInput>> FieldsOf(string stepCode) => stepCode switch
    {
        "P1" => P1,
        "P2" => P2,
        "P9" => P9,
        _ => [],
    };

    public bool SameFieldsAs(PreparationInput other, string stepCode) => FieldsOf(stepCode).All(field => field.Same(this, other));

    /// <summary>
    /// Writes the fields <paramref name="stepCode"/> owns into <paramref name="project"/>, trimmed.
    /// An invalid Partner ID is not applied: every project keeps a valid one. A time zone not from the list clears the saved one.
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
                // A zone the user did not pick from the list is not stored; the old one goes too, as it is not what they want.
                project.CertificationCallTimeZone = TimeZoneRule.IsKnown(CertificationCallTimeZone) ? CertificationCallTimeZone.Trim() : "";
                break;
        }
    }
}
