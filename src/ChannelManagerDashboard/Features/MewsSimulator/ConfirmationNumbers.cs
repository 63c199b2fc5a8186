using System.Security.Cryptography;
using System.Text;

namespace ChannelManagerDashboard.Features.MewsSimulator;

/// <summary>
/// The Mews confirmation number the simulator gives a reservation: the same for the same group and code however often
/// it is modified or cancelled, even after a restart, and a new one for a new reservation.
/// </summary>
public static class ConfirmationNumbers
{
    public static string For(string connectionToken, string channelManagerId, string code)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{connectionToken}\n{channelManagerId}\n{code}"));
        return (1_000_000 + BitConverter.ToUInt32(hash, 0) % 9_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
