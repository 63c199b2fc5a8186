namespace ChannelManagerDashboard.Features.TestTracker;

public static class TestTrackerExtensions
{
    public static IServiceCollection AddTestTracker(this IServiceCollection services) => services.AddScoped<TestTrackerService>();
}
