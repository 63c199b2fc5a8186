namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>What a CM room or rate code and its name may be.</summary>
public static class CatalogRules
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 200;

    /// <returns>Why <paramref name="code"/> cannot be a CM code; null when it can.</returns>
    public static string? CheckCode(string code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return "The code is empty. Give the code your channel manager uses for it.";
        if (code.Length > MaxCodeLength)
            return $"The code is {code.Length} characters long; the limit is {MaxCodeLength}.";
        if (code.Any(char.IsControl))
            return "The code contains a control character (a tab or line break). Remove it.";
        return code != code.Trim() ? "The code starts or ends with a space. Remove it." : null;
    }

    /// <returns>Why <paramref name="name"/> cannot be a CM code's name; null when it can (an empty name is allowed).</returns>
    public static string? CheckName(string name) =>
        name.Length > MaxNameLength ? $"The name is {name.Length} characters long; the limit is {MaxNameLength}."
        : name.Any(char.IsControl) ? "The name contains a control character (a tab or line break). Remove it."
        : null;
}
