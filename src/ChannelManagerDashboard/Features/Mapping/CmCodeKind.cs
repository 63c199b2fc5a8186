namespace ChannelManagerDashboard.Features.Mapping;

/// <summary>
/// The two halves of a mapping: a Mews space type goes to a CM room, a Mews rate plan to a CM rate.
/// Every rate plan × space type combination Mews pushes then lands on one CM room and rate.
/// </summary>
public enum CmCodeKind
{
    Room,
    Rate,
}

public static class CmCodeKindNames
{
    /// <summary>"room" or "rate": the CM side's noun.</summary>
    public static string Noun(this CmCodeKind kind) => kind == CmCodeKind.Room ? "room" : "rate";

    /// <summary>"space type" or "rate plan": the Mews side's noun.</summary>
    public static string MewsNoun(this CmCodeKind kind) => kind == CmCodeKind.Room ? "space type" : "rate plan";

    /// <summary>What two Mews entries on one CM code would overwrite in each other's pushes.</summary>
    public static string PushedData(this CmCodeKind kind) => kind == CmCodeKind.Room ? "availability" : "prices and restrictions";

    public static bool TryParse(string text, out CmCodeKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "room":
                kind = CmCodeKind.Room;
                return true;
            case "rate":
                kind = CmCodeKind.Rate;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
