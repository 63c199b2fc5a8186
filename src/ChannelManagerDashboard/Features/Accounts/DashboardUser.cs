using Microsoft.AspNetCore.Identity;

namespace ChannelManagerDashboard.Features.Accounts;

/// <summary>A person who signs in. The user name is the email address.</summary>
public sealed class DashboardUser : IdentityUser
{
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who created the account: an owner's email, "first start" or "users add".</summary>
    public string CreatedBy { get; set; } = "";
}
