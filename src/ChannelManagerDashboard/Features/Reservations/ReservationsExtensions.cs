using ChannelManagerDashboard.Hosting;
using Microsoft.Extensions.Options;

namespace ChannelManagerDashboard.Features.Reservations;

public static class ReservationsExtensions
{
    public static IServiceCollection AddReservations(this IServiceCollection services)
    {
        services.AddOptions<ReservationSettings>().BindConfiguration(ReservationSettings.Section)
            .ValidateRules(ReservationSettings.Section, s => s.Validate()).ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<ReservationSettings>>().Value);
        return services.AddScoped<ReservationService>();
    }
}
