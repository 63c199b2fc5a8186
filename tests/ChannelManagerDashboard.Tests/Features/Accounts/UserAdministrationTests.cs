using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>The account rules over a real SQLite file, through the same services the users page and command use.</summary>
public sealed class UserAdministrationTests : ComponentTest
{
    private UserAdministration Accounts => Get<UserAdministration>();

    [Fact]
    public async Task A_short_password_an_unknown_role_and_a_second_account_for_one_email_are_refused_with_the_field_they_concern()
    {
        var weak = await Accounts.AddAsync("ana@example.com", "short", DashboardRoles.Member, "tests");
        var role = await Accounts.AddAsync("ana@example.com", TestAccounts.Password, "Boss", "tests");
        Assert.True((await Accounts.AddAsync("ana@example.com", TestAccounts.Password, DashboardRoles.Member, "tests")).Succeeded);
        var twice = await Accounts.AddAsync("ANA@example.com", TestAccounts.Password, DashboardRoles.Viewer, "tests");

        Assert.Contains("at least 12 characters", weak.Errors[UserAdministration.PasswordField]);
        Assert.Equal("\"Boss\" is not a role. Use Owner, Member or Viewer.", role.Errors[UserAdministration.RoleField]);
        Assert.Equal("There is an account with this email already.", twice.Errors[UserAdministration.EmailField]);
        Assert.Equal([("ana@example.com", DashboardRoles.Member)], (await Accounts.ListAsync()).Select(u => (u.Email, u.Role)));
    }

    [Fact]
    public async Task The_only_owner_can_be_neither_removed_nor_demoted_until_there_is_another()
    {
        Assert.True((await Accounts.AddFirstOwnerAsync("first@example.com", TestAccounts.Password)).Succeeded);

        Assert.Equal(ResultKind.Invalid, (await Accounts.RemoveAsync("first@example.com")).Kind);
        Assert.Equal(ResultKind.Invalid, (await Accounts.SetRoleAsync("first@example.com", DashboardRoles.Viewer)).Kind);
        Assert.True((await Accounts.AddAsync("second@example.com", TestAccounts.Password, DashboardRoles.Owner, "first@example.com")).Succeeded);
        Assert.True((await Accounts.SetRoleAsync("first@example.com", DashboardRoles.Viewer)).Succeeded);

        Assert.Equal([("first@example.com", DashboardRoles.Viewer), ("second@example.com", DashboardRoles.Owner)],
            (await Accounts.ListAsync()).Select(u => (u.Email, u.Role)));
    }

    [Fact]
    public async Task The_first_owner_page_creates_one_owner_only_even_when_two_browsers_send_it_at_once()
    {
        var both = await Task.WhenAll(
            Accounts.AddFirstOwnerAsync("one@example.com", TestAccounts.Password),
            Accounts.AddFirstOwnerAsync("two@example.com", TestAccounts.Password));

        Assert.Single(both, r => r.Succeeded);
        Assert.Equal("An owner exists already. Sign in, or ask an owner for an account.", Assert.Single(both, r => !r.Succeeded).Message);
        Assert.Single(await Accounts.ListAsync());
    }

    [Fact]
    public async Task An_invitation_link_sets_the_password_once_and_a_forged_or_used_one_is_refused()
    {
        var invited = await Accounts.InviteAsync("guest@example.com", DashboardRoles.Viewer, "owner@example.com");
        Assert.True((await Accounts.ListAsync()).Single().Invited);

        var forged = await Accounts.AcceptInvitationAsync("guest@example.com", "not-the-token", TestAccounts.Password);
        var accepted = await Accounts.AcceptInvitationAsync("guest@example.com", invited.Value!, TestAccounts.Password);
        var again = await Accounts.AcceptInvitationAsync("guest@example.com", invited.Value!, "another passphrase 99");

        Assert.Contains("not valid any more", forged.Message);
        Assert.True(accepted.Succeeded, accepted.Message);
        Assert.Contains("not valid any more", again.Message);
        Assert.False((await Accounts.ListAsync()).Single().Invited);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync("guest@example.com"))!, TestAccounts.Password));
    }

    [Fact]
    public async Task Wrong_tries_up_to_the_accounts_ceiling_lock_it_and_a_new_password_from_an_owner_unlocks_it()
    {
        await Accounts.AddAsync("ana@example.com", TestAccounts.Password, DashboardRoles.Member, "tests");
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var ana = (await users.FindByEmailAsync("ana@example.com"))!;
            for (var i = 0; i < AccountsExtensions.AccountCeiling - 1; i++)
                await users.AccessFailedAsync(ana);
            Assert.Null((await Accounts.ListAsync()).Single().LockedOutUntil);
            await users.AccessFailedAsync(ana);
        }
        Assert.NotNull((await Accounts.ListAsync()).Single().LockedOutUntil);

        var reset = await Accounts.ResetPasswordAsync("ana@example.com", "a new passphrase 2027");

        Assert.True(reset.Succeeded, reset.Message);
        Assert.Null((await Accounts.ListAsync()).Single().LockedOutUntil);
    }

    [Fact]
    public async Task An_invited_owner_who_has_no_password_yet_does_not_count_as_another_owner()
    {
        Assert.True((await Accounts.AddFirstOwnerAsync("first@example.com", TestAccounts.Password)).Succeeded);
        Assert.True((await Accounts.InviteAsync("later@example.com", DashboardRoles.Owner, "first@example.com")).Succeeded);

        Assert.Equal(ResultKind.Invalid, (await Accounts.RemoveAsync("first@example.com")).Kind);
        Assert.True((await Accounts.RemoveAsync("later@example.com")).Succeeded);
    }

    [Fact]
    public async Task Two_owners_demoting_each_other_at_once_leave_one_owner()
    {
        await Accounts.AddFirstOwnerAsync("first@example.com", TestAccounts.Password);
        await Accounts.AddAsync("second@example.com", TestAccounts.Password, DashboardRoles.Owner, "first@example.com");

        var both = await Task.WhenAll(Accounts.SetRoleAsync("first@example.com", DashboardRoles.Member), Accounts.SetRoleAsync("second@example.com", DashboardRoles.Member));

        Assert.Single(both, r => r.Succeeded);
        Assert.Single(await Accounts.ListAsync(), u => u.Role == DashboardRoles.Owner);
    }
}
