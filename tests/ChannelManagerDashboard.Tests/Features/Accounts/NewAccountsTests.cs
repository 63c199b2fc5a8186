using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>Adding accounts over a real SQLite file, through the same services the users page and command use.</summary>
public sealed class NewAccountsTests : ComponentTest
{
    private NewAccounts NewAccounts => Get<NewAccounts>();

    private AccountDirectory Directory => Get<AccountDirectory>();

    [Fact]
    public async Task A_short_password_an_unknown_role_and_a_second_account_for_one_email_are_refused_with_the_field_they_concern()
    {
        var weak = await NewAccounts.AddAsync("ana@example.com", "short", DashboardRoles.Member, "tests");
        var role = await NewAccounts.AddAsync("ana@example.com", TestAccounts.Password, "Boss", "tests");
        Assert.True((await NewAccounts.AddAsync("ana@example.com", TestAccounts.Password, DashboardRoles.Member, "tests")).Succeeded);
        var twice = await NewAccounts.AddAsync("ANA@example.com", TestAccounts.Password, DashboardRoles.Viewer, "tests");

        Assert.Contains("at least 12 characters", weak.Errors[AccountFields.PasswordField]);
        Assert.Equal("\"Boss\" is not a role. Use Owner, Member or Viewer.", role.Errors[AccountFields.RoleField]);
        Assert.Equal("There is an account with this email already.", twice.Errors[AccountFields.EmailField]);
        Assert.Equal([("ana@example.com", DashboardRoles.Member)], (await Directory.ListAsync()).Select(u => (u.Email, u.Role)));
    }

    [Fact]
    public async Task The_first_owner_page_creates_one_owner_only_even_when_two_browsers_send_it_at_once()
    {
        var both = await Task.WhenAll(
            NewAccounts.AddFirstOwnerAsync("one@example.com", TestAccounts.Password),
            NewAccounts.AddFirstOwnerAsync("two@example.com", TestAccounts.Password));

        Assert.Single(both, r => r.Succeeded);
        Assert.Equal("An owner exists already. Sign in, or ask an owner for an account.", Assert.Single(both, r => !r.Succeeded).Message);
        Assert.Single(await Directory.ListAsync());
    }

    [Fact]
    public async Task An_invitation_link_sets_the_password_once_and_a_forged_or_used_one_is_refused()
    {
        var invited = await NewAccounts.InviteAsync("guest@example.com", DashboardRoles.Viewer, "owner@example.com");
        Assert.True((await Directory.ListAsync()).Single().Invited);

        var forged = await NewAccounts.AcceptInvitationAsync("guest@example.com", "not-the-token", TestAccounts.Password);
        var accepted = await NewAccounts.AcceptInvitationAsync("guest@example.com", invited.Value!, TestAccounts.Password);
        var again = await NewAccounts.AcceptInvitationAsync("guest@example.com", invited.Value!, "another passphrase 99");

        Assert.Contains("not valid any more", forged.Message);
        Assert.True(accepted.Succeeded, accepted.Message);
        Assert.Contains("not valid any more", again.Message);
        Assert.False((await Directory.ListAsync()).Single().Invited);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync("guest@example.com"))!, TestAccounts.Password));
    }
}
