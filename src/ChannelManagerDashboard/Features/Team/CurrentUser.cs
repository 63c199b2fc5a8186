namespace ChannelManagerDashboard.Features.Team;

/// <summary>
/// Who is at the keyboard in this browser tab, recorded as "who" on every change. The dashboard has no sign-in;
/// the name is typed once and remembered by the browser.
/// </summary>
public sealed class CurrentUser
{
    public const string StorageKey = "cmd.userName";
    private const string Anonymous = "someone";

    public string Name { get; private set; } = "";

    /// <summary>What is written to the "who" column.</summary>
    public string Who => Name.Length > 0 ? Name : Anonymous;

    public void Set(string? name)
    {
        var trimmed = (name ?? "").Trim();
        Name = trimmed.Length > 100 ? trimmed[..100] : trimmed;
    }
}
