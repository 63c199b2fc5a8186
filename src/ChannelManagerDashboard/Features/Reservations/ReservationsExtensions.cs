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
        services.AddScoped<ReservationRuns>();
        services.AddScoped<ReservationSetup>();
        services.AddScoped<ReservationsViewLoader>();
        services.AddScoped<ReferenceCmSender>();
        services.AddScoped<SimulatorConfirmation>();
        services.AddScoped<RefusedBookingWatch>();
        services.AddScoped<LiveReservationPlay>();
        services.AddScoped<PastedMessagesJudge>();
        services.AddTransient<LiveWait>();
        return services.AddTransient<ReservationsState>();
    }
}
