using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.GoLive;

public static class GoLiveExtensions
{
    public static IServiceCollection AddGoLive(this IServiceCollection services) => services.AddScoped<GoLiveService>().AddActivityDescriber<GoLiveActivity>();
}
