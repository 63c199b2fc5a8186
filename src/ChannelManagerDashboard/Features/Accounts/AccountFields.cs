using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Data;
using Microsoft.AspNetCore.Identity;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>The fields an account's problems concern, and the problems the account services share.</summary>
public static class AccountFields
{
    public const string EmailField = "Email";
    public const string PasswordField = "Password";
    public const string RoleField = "Role";
    public const string TeamField = "Team";

    internal static string Clean(string email) => email.Trim();

    internal static UserManager<DashboardUser> UsersIn(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();

    internal static DashboardDbContext DbIn(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<DashboardDbContext>();

    internal static string RoleMessage(string role) =>
        $"\"{role}\" is not a role. Use {string.Join(", ", DashboardRoles.All.SkipLast(1))} or {DashboardRoles.All[^1]}.";

    internal static Result NoSuchUser(string email) => Result.Missing(EmailField, $"There is no account for {Clean(email)}. `users list` and the users page show who has one.");

    /// <summary>Identity's reasons, each on the field it concerns.</summary>
    internal static Result Refused(IdentityResult refused) => Result.Invalid(refused.Errors.Select(e => new Problem(
        e.Code.StartsWith("Password", StringComparison.Ordinal) ? PasswordField : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? EmailField : Result.Whole,
        e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)
            ? "There is an account with this email already."
            : e.Description)).Distinct());
}
