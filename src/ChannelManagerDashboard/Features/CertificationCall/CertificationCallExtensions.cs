using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Activity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChannelManagerDashboard.Features.CertificationCall;

public static class CertificationCallExtensions
{
    public static IServiceCollection AddCertificationCall(this IServiceCollection services)
    {
        services.TryAddSingleton<IMessageBus, LocalMessageBus>();
        services.TryAddSingleton<ProjectPageRefresh>();
        services.AddSingleton<LiveRuns>().AddSingleton<LiveRunner>();
        return services.AddSingleton<CallSessionWriter>().AddScoped<CallViewService>().AddScoped<CallControlService>().AddScoped<CallOutcomeService>()
            .AddActivityDescriber<CallActivity>();
    }
}
