using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>Changing and removing accounts over a real SQLite file, through the same services the users page and command use.</summary>
public sealed class AccountChangesTests : ComponentTest
{
    private NewAccounts NewAccounts => Get<NewAccounts>();

    private AccountChanges Changes => Get<AccountChanges>();

    private AccountDirectory Directory => Get<AccountDirectory>();

    [Fact]
    public async Task The_only_owner_can_be_neither_removed_nor_demoted_until_there_is_another()
    {
        Assert.True((await NewAccounts.AddFirstOwnerAsync("first@example.com", TestAccounts.Password)).Succeeded);

        Assert.Equal(ResultKind.Invalid, (await Changes.RemoveAsync("first@example.com")).Kind);
        Assert.Equal(ResultKind.Invalid, (await Changes.SetRoleAsync("first@example.com", DashboardRoles.Viewer)).Kind);
        Assert.True((await NewAccounts.AddAsync("second@example.com", TestAccounts.Password, DashboardRoles.Owner, "first@example.com")).Succeeded);
        Assert.True((await Changes.SetRoleAsync("first@example.com", DashboardRoles.Viewer)).Succeeded);

        Assert.Equal([("first@example.com", DashboardRoles.Viewer), ("second@example.com", DashboardRoles.Owner)],
            (await Directory.ListAsync()).Select(u => (u.Email, u.Role)));
    }

    [Fact]
    public async Task Wrong_tries_up_to_the_accounts_ceiling_lock_it_and_a_new_password_from_an_owner_unlocks_it()
    {
        await NewAccounts.AddAsync("ana@example.com", TestAccounts.Password, DashboardRoles.Member, "tests");
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var ana = (await users.FindByEmailAsync("ana@example.com"))!;
            for (var i = 0; i < AccountsExtensions.AccountCeiling - 1; i++)
                await users.AccessFailedAsync(ana);
            Assert.Null((await Directory.ListAsync()).Single().LockedOutUntil);
            await users.AccessFailedAsync(ana);
        }
        Assert.NotNull((await Directory.ListAsync()).Single().LockedOutUntil);

        var reset = await Changes.ResetPasswordAsync("ana@example.com", "a new passphrase 2027");

        Assert.True(reset.Succeeded, reset.Message);
        Assert.Null((await Directory.ListAsync()).Single().LockedOutUntil);
    }

    [Fact]
    public async Task An_invited_owner_who_has_no_password_yet_does_not_count_as_another_owner()
    {
        Assert.True((await NewAccounts.AddFirstOwnerAsync("first@example.com", TestAccounts.Password)).Succeeded);
        Assert.True((await NewAccounts.InviteAsync("later@example.com", DashboardRoles.Owner, "first@example.com")).Succeeded);

        Assert.Equal(ResultKind.Invalid, (await Changes.RemoveAsync("first@example.com")).Kind);
        Assert.True((await Changes.RemoveAsync("later@example.com")).Succeeded);
    }

    [Fact]
    public async Task Two_owners_demoting_each_other_at_once_leave_one_owner()
    {
        await NewAccounts.AddFirstOwnerAsync("first@example.com", TestAccounts.Password);
        await NewAccounts.AddAsync("second@example.com", TestAccounts.Password, DashboardRoles.Owner, "first@example.com");

        var both = await Task.WhenAll(Changes.SetRoleAsync("first@example.com", DashboardRoles.Member), Changes.SetRoleAsync("second@example.com", DashboardRoles.Member));

        Assert.Single(both, r => r.Succeeded);
        Assert.Single(await Directory.ListAsync(), u => u.Role == DashboardRoles.Owner);
    }
}
