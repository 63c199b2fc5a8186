using System.Globalization;

namespace ChannelManagerDashboard.Hosting.MachineEndpoints;

/// <summary>
/// The ids and codes a caller sends to a machine endpoint are kept (an inbox's keys) or quoted back (in an error message),
/// and anyone may call these endpoints: so each has a cap, and a longer one is refused before anything keeps it.
/// </summary>
public static class MachineIds
{
    /// <summary>Mews' message ids are 36-character GUIDs and its tokens 65 characters; a CM's own ids and codes are shorter still.</summary>
    public const int MaxChars = 100;

    /// <returns>Why <paramref name="value"/> is refused (its field and the limit); null when it fits.</returns>
    public static string? TooLong(string field, string? value) => value is { Length: > MaxChars }
        ? string.Create(CultureInfo.InvariantCulture,
            $"The {field} is {value.Length:N0} characters long; ids and codes may be at most {MaxChars} characters. Send a shorter {field} (Mews' own ids are 36-character GUIDs).")
        : null;
}
