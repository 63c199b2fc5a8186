using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.PropertyProfile;

public static class PropertyProfileExtensions
{
    public static IServiceCollection AddPropertyProfile(this IServiceCollection services) => services.AddScoped<SnapshotService>().AddActivityDescriber<PropertyProfileActivity>();
}
