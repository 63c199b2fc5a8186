using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Hosting;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>How the reservation tests label and word what they keep as evidence, whichever way a test ran.</summary>
public static class ReservationEvidence
{
    public const string ProcessGroupLabel = "Process group (CM → Mews)";
    public const string ConfirmLabel = "Confirm booking (Mews → CM)";

    /// <summary>The path of the simulator's Process group address; the page puts this app's origin in front.</summary>
    public static string SimulatorPath => MewsSimulator.MewsSimulatorExtensions.BasePath + MewsSimulator.MewsSimulator.ProcessGroupPath;

    /// <summary>The address as evidence records it: this app's own, which the CM was given.</summary>
    public static string SimulatorAddress(SelfAddress self) => (self.Current?.ToString().TrimEnd('/') ?? "") + SimulatorPath;

    /// <summary>The first error message in a Mews answer, or the answer itself when it has none.</summary>
    public static string ErrorMessage(string answer)
    {
        try
        {
            return JsonNode.Parse(answer)?["errors"]?[0]?["message"]?.GetValue<string>() ?? answer;
        }
        catch (JsonException)
        {
            return answer;
        }
    }

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
