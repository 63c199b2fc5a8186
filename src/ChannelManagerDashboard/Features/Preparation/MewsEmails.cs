using System.Text;
using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>A ready-to-send email: who it goes to, its subject and its text.</summary>
public sealed record MewsEmail(string To, string Subject, string Body)
{
    public string Full => $"To: {To}\nSubject: {Subject}\n\n{Body}";
}

/// <summary>The emails the certification asks the partner to send Mews, written from what the project holds.</summary>
public static class MewsEmails
{
    /// <summary>Certification communication goes to Mews partner success by email (the Partner Portal is taking over during 2025).</summary>
    public const string PartnerSuccess = "partnersuccess@mews.com";

    private const string Missing = "[fill in]";

    /// <summary>P1: ask to start, with the technical details, the pilot property and a request for a demo property and client token.</summary>
    public static MewsEmail StartCertification(CertificationProject project)
    {
        var body = new StringBuilder();
        body.Append("Hello Mews Partner Success team,\n\n");
        body.Append($"We would like to start the Channel Manager API certification for {Or(project.Name)} (Partner ID {Or(project.PartnerId)}).\n\n");
        body.Append("Technical details of the integration:\n").Append(Or(project.TechnicalDetails.Trim())).Append("\n\n");
        body.Append($"Pilot property: {Or(project.PilotPropertyName)}\n\n");
        body.Append("Please connect a demo test property to our channel manager and send us a demo client token for the Mews Demo environment.\n\n");
        body.Append("Kind regards,\n").Append(Or(project.ContactPerson));
        return new MewsEmail(PartnerSuccess, $"Channel Manager API certification: {Or(project.Name)} ({Or(project.PartnerId)})", body.ToString());
    }

    /// <summary>P3: the endpoint URLs of P2.</summary>
    public static MewsEmail EndpointUrls(CertificationProject project)
    {
        var body = new StringBuilder();
        body.Append("Hello Mews Partner Success team,\n\n");
        body.Append($"These are the demo-environment endpoints of {Or(project.Name)} (Partner ID {Or(project.PartnerId)}) for the Channel Manager API:\n\n");
        foreach (var (label, required, url) in project.Endpoints.Describe())
        {
            if (url.Length > 0 || required)
                body.Append($"- {label}: {Or(url)}\n");
        }
        body.Append("\nPlease connect the demo test property to them.\n\nKind regards,\n").Append(Or(project.ContactPerson));
        return new MewsEmail(PartnerSuccess, $"Endpoint URLs for the certification of {Or(project.Name)}", body.ToString());
    }

    private static string Or(string value) => string.IsNullOrWhiteSpace(value) ? Missing : value.Trim();
}
