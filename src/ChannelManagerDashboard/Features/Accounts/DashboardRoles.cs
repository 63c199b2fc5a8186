using System.Security.Claims;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>The three roles and the policies built on them.</summary>
public static class DashboardRoles
{
    /// <summary>Everything, and manages users.</summary>
    public const string Owner = "Owner";

    /// <summary>Works on projects and runs tests.</summary>
    public const string Member = "Member";

    /// <summary>Reads projects, results and reports; runs nothing and sees no token.</summary>
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [Owner, Member, Viewer];

    /// <summary>The policy for anything that changes a project or sends a request: owners and members.</summary>
    public const string CanChange = "CanChange";

    /// <summary>The policy for the users page: owners.</summary>
    public const string ManagesUsers = "ManagesUsers";

    /// <summary>Owners and members change projects, run tests and see token masks; anyone else (viewers) only reads.</summary>
    public static bool MayChange(ClaimsPrincipal user) => user.IsInRole(Owner) || user.IsInRole(Member);

    /// <summary>The role as spelled here, whatever its case, or null when there is no such role.</summary>
    public static string? Parse(string? role) => All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The role that may do less of the two; an empty or unknown role counts as no role at all.</summary>
    public static string Weaker(string first, string second) =>
        Parse(first) is { } a && Parse(second) is { } b ? All[Math.Max(IndexOf(a), IndexOf(b))] : "";

    private static int IndexOf(string role) => All.ToList().IndexOf(role);

    public static string Describe(string role) => role switch
    {
        Owner => "everything, and manages users",
        Member => "works on projects and runs tests",
        _ => "reads projects, results and reports; runs nothing; sees no token",
    };
}
