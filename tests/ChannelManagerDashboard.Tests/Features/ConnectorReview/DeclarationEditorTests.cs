using Bunit;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class DeclarationEditorTests : ComponentTest
{
    [Fact]
    public void A_misspelt_documented_operation_is_marked_with_the_documented_name_though_it_has_a_purpose()
    {
        var input = new JourneyInput
        {
            Operations =
            [
                new OperationInput { Name = "reservations/getall/2023-06-06", Purpose = "Sync reservations every 30 minutes" },
                new OperationInput { Name = "customers/getAll/2025-01-01", Purpose = "Search guests by last name" },
            ],
        };

        var editor = RenderWithProviders<DeclarationEditor>(p => p.Add(x => x.Input, input).Add(x => x.Catalog, ConnectorCatalog.Shipped));

        Assert.Contains("the reference has reservations/getAll/2023-06-06", editor.Find("[data-operation='reservations/getall/2023-06-06']").TextContent);
        Assert.Contains("declared with its purpose as the reason", editor.Find("[data-operation='customers/getAll/2025-01-01']").TextContent);
    }
}
