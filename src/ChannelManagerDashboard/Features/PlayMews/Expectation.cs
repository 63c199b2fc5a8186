using System.Globalization;

namespace ChannelManagerDashboard.Features.PlayMews;

/// <summary>What one push must get back: success, or an error with one of <see cref="ErrorCodes"/> naming the given codes.</summary>
public sealed record Expectation(IReadOnlyList<int> ErrorCodes, string? CategoryCode = null, string? RateCode = null)
{
    public static Expectation Success { get; } = new([]);

    /// <summary>Any documented, current error code: what a system error sample (ERR-01) must use.</summary>
    public static Expectation AnyError { get; } = new([1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14]);

    public bool ExpectsSuccess => ErrorCodes.Count == 0;

    public static Expectation Error(int code, string? categoryCode = null, string? rateCode = null) => new([code], categoryCode, rateCode);

    /// <summary>"error code 10 with categoryCode 'ZZZ'", "error code 3 or 8", "success true".</summary>
    public string Describe()
    {
        if (ExpectsSuccess)
            return "success true";
        if (ReferenceEquals(this, AnyError))
            return "a documented error code, 1–14 but not the deprecated 4 or 5";
        var codes = string.Join(" or ", ErrorCodes);
        var fields = new List<string>();
        if (CategoryCode is not null)
            fields.Add($"categoryCode '{CategoryCode}'");
        if (RateCode is not null)
            fields.Add($"rateCode '{RateCode}'");
        return $"error code {codes}" + (fields.Count > 0 ? " with " + string.Join(" and ", fields) : "");
    }

    /// <summary>
    /// <see cref="Describe"/> with the answer Mews reads, for a reader who has never seen one:
    /// "error code 10 with categoryCode 'ZZZ' (HTTP 200, {"success": false, "errors": [{"code": 10, "categoryCode": "ZZZ", "message": "…"}]})".
    /// </summary>
    public string Wanted()
    {
        if (ExpectsSuccess)
            return $$"""{{Describe()}} (HTTP 200, {"success": true})""";
        var code = ErrorCodes.Count == 1 ? ErrorCodes[0].ToString(CultureInfo.InvariantCulture) : "…";
        var fields = (CategoryCode is null ? "" : $", \"categoryCode\": \"{CategoryCode}\"") + (RateCode is null ? "" : $", \"rateCode\": \"{RateCode}\"");
        return $$"""{{Describe()}} (HTTP 200, {"success": false, "errors": [{"code": {{code}}{{fields}}, "message": "…"}]})""";
    }
}
