using ChannelManagerDashboard.Domain.Mews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChannelManagerDashboard.Data.EntityTypes;

internal static class EndpointColumns
{
    /// <summary>The five URL columns of a stored <see cref="CmEndpoints"/>, named alike in every table that holds one (P2's, production's).</summary>
    public static void MapUrlColumns<TOwner>(this OwnedNavigationBuilder<TOwner, CmEndpoints> endpoints) where TOwner : class
    {
        endpoints.Property(e => e.UpdateAvailability).HasColumnName("UpdateAvailabilityUrl").HasMaxLength(2000).IsRequired();
        endpoints.Property(e => e.UpdatePrices).HasColumnName("UpdatePricesUrl").HasMaxLength(2000).IsRequired();
        endpoints.Property(e => e.UpdateRestrictions).HasColumnName("UpdateRestrictionsUrl").HasMaxLength(2000).IsRequired();
        endpoints.Property(e => e.ConfirmBooking).HasColumnName("ConfirmBookingUrl").HasMaxLength(2000).IsRequired();
        endpoints.Property(e => e.ChangeNotification).HasColumnName("ChangeNotificationUrl").HasMaxLength(2000).IsRequired();
    }
}
