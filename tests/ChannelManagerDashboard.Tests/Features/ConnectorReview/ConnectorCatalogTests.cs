using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class ConnectorCatalogTests
{
    private static readonly ConnectorCatalog Catalog = ConnectorCatalog.Shipped;

    [Fact]
    public void The_shipped_catalogue_has_every_documented_operation_and_the_use_cases()
    {
        Assert.Equal(202, Catalog.Operations.Count);
        Assert.Equal(17, Catalog.UseCases.Count);
        Assert.Contains("/api/connector/v1/reservations/getAll/2023-06-06", Catalog.UseCase("revenue management")!.Operations);
        Assert.Contains("/api/connector/v1/services/getAvailability", Catalog.UseCase("Kiosk")!.Operations);
    }

    [Fact]
    public void An_operation_is_found_with_or_without_the_prefix_and_only_in_its_exact_spelling()
    {
        var reservations = Catalog.Find("reservations/getAll/2023-06-06");

        Assert.NotNull(reservations);
        Assert.Same(reservations, Catalog.Find("/api/connector/v1/reservations/getAll/2023-06-06"));
        Assert.Equal("reservations/getAll/2023-06-06", reservations.Name);
        Assert.True(reservations.Paginated);
        Assert.Null(Catalog.Find("reservations/getall/2023-06-06"));
        Assert.Null(Catalog.Find("reservations/getAll/2023-06-06/"));
    }

    [Fact]
    public void Deprecations_limits_and_intervals_come_with_their_operation()
    {
        var accounting = Catalog.Find("accountingItems/getAll")!;
        Assert.True(accounting.Deprecated);
        Assert.Equal("10 Jan 2026", accounting.DiscontinuedOn);

        var categories = Catalog.Find("accountingCategories/getAll")!;
        Assert.Equal(1000, categories.Property("EnterpriseIds")!.MaxItems);
        Assert.Equal("3 months", categories.Property("UpdatedUtc")!.MaxInterval);
        Assert.True(categories.Property("Limitation")!.Required);
    }
}
