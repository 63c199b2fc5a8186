using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChannelManagerDashboard.Features.Activity;

public static class ActivityExtensions
{
    /// <summary>The timeline, and the recorder that adds to it on every save in the words each feature registered (<see cref="AddActivityDescriber{T}"/>).</summary>
    public static IServiceCollection AddActivity(this IServiceCollection services) =>
        services.AddSingleton<ActivityDescriber>().AddSingleton<IInterceptor, ActivityRecorder>().AddScoped<ActivityService>();

    /// <summary>How a feature's changes read on the timeline.</summary>
    public static IServiceCollection AddActivityDescriber<T>(this IServiceCollection services) where T : class, IActivityDescriber =>
        services.AddSingleton<IActivityDescriber, T>();
}
