using System.Globalization;

namespace ChannelManagerDashboard.Domain.Common;

/// <summary>
/// Long notes are refused, never cut: the field keeps every character typed and says how much to shorten.
/// </summary>
public static class TextLimit
{
    /// <summary>Tracker notes, step notes, technical details, call minutes, remarks and outcome notes.</summary>
    public const int Notes = 20_000;

    /// <returns>Null when <paramref name="text"/> fits, otherwise what to do, e.g. "25,000 characters: 5,000 over the limit of 20,000…".</returns>
    public static string? Check(string? text, int limit = Notes)
    {
        var length = text?.Length ?? 0;
        return length <= limit
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"{length:N0} characters: {length - limit:N0} over the limit of {limit:N0}. Shorten the text to save it; nothing was cut.");
    }
}
