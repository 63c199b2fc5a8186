namespace ChannelManagerDashboard.Features.Activity;

public static class ActivityExtensions
{
    public static IServiceCollection AddActivity(this IServiceCollection services) => services.AddScoped<ActivityService>();
}
