namespace ChannelManagerDashboard.Domain.Mews;

/// <summary>The five operation URLs a channel manager hands to Mews (P2/P3).</summary>
public class CmEndpoints
{
    /// <summary>The documented operation paths under a base URL, in the order Mews lists them.</summary>
    public static readonly IReadOnlyList<(string Label, bool Required, string Path)> Operations =
    [
        ("Update availability", true, CmOperation.UpdateAvailability),
        ("Update prices", true, CmOperation.UpdatePrices),
        ("Update restrictions", true, CmOperation.UpdateRestrictions),
        ("Confirm booking", true, CmOperation.ConfirmGroup),
        ("Change notification", false, CmOperation.ChangeNotification),
    ];

    /// <summary>Each operation's property, in <see cref="Operations"/> order.</summary>
    public static readonly IReadOnlyList<string> Properties =
        [nameof(UpdateAvailability), nameof(UpdatePrices), nameof(UpdateRestrictions), nameof(ConfirmBooking), nameof(ChangeNotification)];

    public string UpdateAvailability { get; set; } = "";
    public string UpdatePrices { get; set; } = "";
    public string UpdateRestrictions { get; set; } = "";
    public string ConfirmBooking { get; set; } = "";

    /// <summary>Optional in the Mews docs; empty means "not offered".</summary>
    public string ChangeNotification { get; set; } = "";

    public static CmEndpoints FromBase(string baseUrl)
    {
        var endpoints = new CmEndpoints();
        endpoints.ApplyBase("", baseUrl);
        return endpoints;
    }

    public CmEndpoints Copy() => (CmEndpoints)MemberwiseClone();

    /// <summary>
    /// Sets every value from <paramref name="other"/>, trimmed. In place, because EF Core maps this as an owned type
    /// in the Projects table: replacing the instance would be a delete plus an insert.
    /// </summary>
    public void SetFrom(CmEndpoints other)
    {
        for (var i = 0; i < Operations.Count; i++)
            this[i] = other[i].Trim();
    }

    /// <summary>
    /// Moves every URL that is empty or still the default under <paramref name="oldBaseUrl"/> to the default under
    /// <paramref name="newBaseUrl"/>. URLs typed to point elsewhere are left as they are.
    /// </summary>
    /// <returns>How many URLs changed.</returns>
    public int ApplyBase(string oldBaseUrl, string newBaseUrl)
    {
        var oldRoot = Root(oldBaseUrl);
        var newRoot = Root(newBaseUrl);
        if (newRoot.Length == 0)
            return 0;
        var changed = 0;
        for (var i = 0; i < Operations.Count; i++)
        {
            var current = this[i];
            var target = $"{newRoot}/{Operations[i].Path}";
            var followsOldBase = current.Length == 0 || (oldRoot.Length > 0 && current == $"{oldRoot}/{Operations[i].Path}");
            if (current == target || !followsOldBase)
                continue;
            this[i] = target;
            changed++;
        }
        return changed;
    }

    private static string Root(string baseUrl) => baseUrl.Trim().TrimEnd('/');

    /// <summary>The URL for an operation path such as "updatePrices"; empty when not set.</summary>
    public string UrlFor(string operationPath)
    {
        var index = Operations.ToList().FindIndex(o => o.Path == operationPath);
        return index < 0 ? "" : this[index];
    }

    /// <summary>Sets the URL of an operation path such as "updatePrices"; an unknown path changes nothing.</summary>
    public void Set(string operationPath, string url)
    {
        var index = Operations.ToList().FindIndex(o => o.Path == operationPath);
        if (index >= 0)
            this[index] = url;
    }

    /// <summary>Each endpoint with its label, whether Mews requires it, and its value.</summary>
    public IEnumerable<(string Label, bool Required, string Url)> Describe() =>
        Operations.Select((operation, i) => (operation.Label, operation.Required, this[i]));

    private string this[int operation]
    {
        get => operation switch
        {
            0 => UpdateAvailability,
            1 => UpdatePrices,
            2 => UpdateRestrictions,
            3 => ConfirmBooking,
            _ => ChangeNotification,
        };
        set
        {
            switch (operation)
            {
                case 0: UpdateAvailability = value; break;
                case 1: UpdatePrices = value; break;
                case 2: UpdateRestrictions = value; break;
                case 3: ConfirmBooking = value; break;
                default: ChangeNotification = value; break;
            }
        }
    }
}
