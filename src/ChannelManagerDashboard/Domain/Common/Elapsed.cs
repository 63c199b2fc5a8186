using System.Globalization;

namespace ChannelManagerDashboard.Domain.Common;

/// <summary>Durations as people read them: milliseconds while they are short, then seconds, then minutes.</summary>
public static class Elapsed
{
    /// <summary>"850 ms", "12.4 s", "2 min 0 s": "120005 ms" would make a reader count digits.</summary>
    public static string Format(long milliseconds) => milliseconds switch
    {
        < 10_000 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds} ms"),
        < 60_000 => string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000.0:0.0} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 60_000} min {milliseconds % 60_000 / 1000} s"),
    };
}
