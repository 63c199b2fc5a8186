using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Preparation;

namespace ChannelManagerDashboard.Tests.Features.Exports;

public sealed class MewsEmailsTests
{
    private static CertificationProject Project() => new()
    {
        Name = "Acme CM", PartnerId = "INT123456", PilotPropertyName = "Hotel Pilot Amsterdam", ContactPerson = "Jana Nováková",
        TechnicalDetails = "REST, push-based, 2-way", Endpoints = CmEndpoints.FromBase("https://cm.example.com/mews"),
    };

    [Fact]
    public void The_P1_email_carries_the_technical_details_the_pilot_property_and_asks_for_a_demo_property_and_token()
    {
        var email = MewsEmails.StartCertification(Project());

        Assert.Equal(MewsEmails.PartnerSuccess, email.To);
        Assert.Contains("Acme CM (INT123456)", email.Subject);
        Assert.Contains("REST, push-based, 2-way", email.Body);
        Assert.Contains("Pilot property: Hotel Pilot Amsterdam", email.Body);
        Assert.Contains("demo test property", email.Body);
        Assert.Contains("demo client token", email.Body);
        Assert.StartsWith("To: partnersuccess@mews.com\nSubject: ", email.Full);
    }

    [Fact]
    public void The_P3_email_lists_every_endpoint_URL_and_marks_what_is_missing()
    {
        var project = Project();
        project.Endpoints.ChangeNotification = "";
        project.Endpoints.ConfirmBooking = "";

        var body = MewsEmails.EndpointUrls(project).Body;

        Assert.Contains("- Update prices: https://cm.example.com/mews/updatePrices", body);
        Assert.Contains("- Confirm booking: [fill in]", body);
        Assert.DoesNotContain("Change notification", body);
    }
}
