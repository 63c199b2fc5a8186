namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>The test cards Mews' demo accepts, with the payment card <c>type</c> of their brand.</summary>
public static class TestCards
{
    public static readonly IReadOnlyDictionary<string, (string Brand, int Type)> ByNumber = new Dictionary<string, (string, int)>
    {
        ["4111111111111111"] = ("Visa", 1),
        ["5555444433331111"] = ("MasterCard", 2),
        ["370000000000002"] = ("Amex", 3),
        ["36006666333344"] = ("Diners", 7),
        ["6445644564456445"] = ("Discover", 8),
    };

    /// <summary>The number with all but its last four digits hidden, as evidence and messages show it.</summary>
    public static string Mask(string number) => number.Length <= 4 ? new string('•', number.Length) : new string('•', number.Length - 4) + number[^4..];
}
