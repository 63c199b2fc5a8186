using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Activity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChannelManagerDashboard.Features.TestTracker;

public static class TestTrackerExtensions
{
    public static IServiceCollection AddTestTracker(this IServiceCollection services)
    {
        services.TryAddSingleton<IMessageBus, LocalMessageBus>();
        services.TryAddSingleton<ProjectPageRefresh>();
        return services.AddScoped<TestTrackerService>().AddActivityDescriber<TestTrackerActivity>();
    }
}
