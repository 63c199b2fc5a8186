namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>The five operation URLs a channel manager hands to Mews (P2/P3).</summary>
public class CmEndpoints
{
    public string UpdateAvailability { get; set; } = "";
    public string UpdatePrices { get; set; } = "";
    public string UpdateRestrictions { get; set; } = "";
    public string ConfirmBooking { get; set; } = "";

    /// <summary>Optional in the Mews docs; empty means "not offered".</summary>
    public string ChangeNotification { get; set; } = "";

    /// <summary>
    /// The documented default paths under a base URL. Mews spells the last one "changeNotificaton";
    /// it is kept that way because Mews calls exactly that path.
    /// </summary>
    public static CmEndpoints FromBase(string baseUrl)
    {
        var root = baseUrl.Trim().TrimEnd('/');
        return new CmEndpoints
        {
            UpdateAvailability = $"{root}/updateAvailability",
            UpdatePrices = $"{root}/updatePrices",
            UpdateRestrictions = $"{root}/updateRestrictions",
            ConfirmBooking = $"{root}/confirmGroup",
            ChangeNotification = $"{root}/changeNotificaton",
        };
    }

    public CmEndpoints Copy() => (CmEndpoints)MemberwiseClone();

    /// <summary>A copy whose empty URLs take the default path under <paramref name="baseUrl"/>; typed URLs stay.</summary>
    public (CmEndpoints Endpoints, int Filled) FillEmptyFrom(string baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
            return (Copy(), 0);
        var defaults = FromBase(baseUrl);
        var filled = 0;
        string Pick(string current, string fallback)
        {
            if (current.Length > 0)
                return current;
            filled++;
            return fallback;
        }
        var result = new CmEndpoints
        {
            UpdateAvailability = Pick(UpdateAvailability, defaults.UpdateAvailability),
            UpdatePrices = Pick(UpdatePrices, defaults.UpdatePrices),
            UpdateRestrictions = Pick(UpdateRestrictions, defaults.UpdateRestrictions),
            ConfirmBooking = Pick(ConfirmBooking, defaults.ConfirmBooking),
            ChangeNotification = Pick(ChangeNotification, defaults.ChangeNotification),
        };
        return (result, filled);
    }

    /// <summary>Each endpoint with its label, whether Mews requires it, and its value.</summary>
    public IEnumerable<(string Label, bool Required, string Url)> Describe()
    {
        yield return ("Update availability", true, UpdateAvailability);
        yield return ("Update prices", true, UpdatePrices);
        yield return ("Update restrictions", true, UpdateRestrictions);
        yield return ("Confirm booking", true, ConfirmBooking);
        yield return ("Change notification", false, ChangeNotification);
    }
}
