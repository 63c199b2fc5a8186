using ChannelManagerDashboard.Domain.Projects;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ChannelManagerDashboard.Features.Activity;

namespace ChannelManagerDashboard.Features.CertificationCall;

public static class CertificationCallExtensions
{
    public static IServiceCollection AddCertificationCall(this IServiceCollection services)
    {
        services.TryAddSingleton<ProjectPageRefresh>();
        services.AddSingleton<LiveRuns>().AddSingleton<LiveRunner>();
        return services.AddSingleton<CallSessionWriter>().AddScoped<CallViewService>().AddScoped<CallControlService>().AddScoped<CallOutcomeService>()
            .AddActivityDescriber<CallActivity>();
    }
}
