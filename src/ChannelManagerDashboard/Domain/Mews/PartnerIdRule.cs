using System.Text.RegularExpressions;

namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>Mews Partner IDs look like <c>INT</c> followed by digits, e.g. INT123456.</summary>
public static partial class PartnerIdRule
{
    [GeneratedRegex("^INT[0-9]+$")]
    private static partial Regex Format();

    /// <returns>Null when valid, otherwise a message that says how to fix it.</returns>
    public static string? Check(string? partnerId)
    {
        var value = partnerId?.Trim() ?? "";
        if (value.Length == 0)
            return "Enter your Mews Partner ID: INT followed by digits, e.g. INT123456. You find it in the Mews Partner Portal.";
        if (!Format().IsMatch(value))
            return $"'{value}' is not a Mews Partner ID. It must be INT followed by digits only, e.g. INT123456 (capital letters, no spaces).";
        return null;
    }
}
