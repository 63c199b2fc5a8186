using System.Text.RegularExpressions;
using ChannelManagerDashboard.Domain.Mews;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>
/// Masks the values of "clientToken" and "connectionToken" fields by their name, whatever their length: a typed test
/// token may be too short for <see cref="SecretScrubber"/>, and a channel manager may echo the envelope back.
/// </summary>
public static partial class TokenFields
{
    public static string Mask(string json) =>
        TokenField().Replace(json, match => $"{match.Groups[1].Value}{TokenMask.Mask(match.Groups[2].Value)}\"");

    [GeneratedRegex("(\"(?:clientToken|connectionToken)\"\\s*:\\s*\")([^\"]*)\"")]
    private static partial Regex TokenField();
}
