using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ConnectorStepsTests
{
    [Fact]
    public void The_form_text_lists_the_partner_the_operations_with_purpose_and_frequency_and_the_load()
    {
        var project = new CertificationProject { Name = "Acme Revenue", PartnerId = "INT777", ContactPerson = "Jana" };
        var journey = new JourneyInput { UseCases = ["Revenue management"], ExpectedLoad = "40 properties",
            Operations = [new OperationInput { Name = "reservations/getAll/2023-06-06", Purpose = "Forecast", Frequency = "Every 30 minutes" }] }
            .ApplyTo(new ConnectorJourney(), ConnectorCatalog.Shipped);

        var text = ConnectorSteps.FormText(project, journey);

        Assert.Contains("Partner ID: INT777", text);
        Assert.Contains("- reservations/getAll/2023-06-06: Forecast; Every 30 minutes", text);
        Assert.Contains("Expected load: 40 properties", text);
        Assert.Contains("Use cases: Revenue management", text);
    }
}
