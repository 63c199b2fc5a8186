using ChannelManagerDashboard.Domain.Projects;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.TestTracker;

public static class TestTrackerExtensions
{
    public static IServiceCollection AddTestTracker(this IServiceCollection services)
    {
        services.TryAddSingleton<ProjectPageRefresh>();
        return services.AddScoped<TestTrackerService>().AddActivityDescriber<TestTrackerActivity>();
    }
}
