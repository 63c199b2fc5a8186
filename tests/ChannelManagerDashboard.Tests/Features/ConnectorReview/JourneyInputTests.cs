using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class JourneyInputTests
{
    [Fact]
    public void A_use_case_proposes_its_operations_once()
    {
        var input = new JourneyInput();
        var useCase = ConnectorCatalog.Shipped.UseCase("Revenue management")!;

        Assert.Equal(useCase.Operations.Count, input.Propose(useCase));
        Assert.Equal(0, input.Propose(useCase));
        Assert.Contains(input.Operations, o => o.Name == "rates/updatePrice");
    }
}
