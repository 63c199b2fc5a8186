using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Pages;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>The users page's forms and list, over a real SQLite file.</summary>
public sealed class UsersPageStateTests : ComponentTest
{
    [Fact]
    public async Task An_invitation_shows_its_link_and_empties_the_form_while_a_refused_one_keeps_the_form_and_says_which_field()
    {
        var state = Get<UsersPageState>();
        await state.LoadAsync();
        state.Draft.Email = " guest@example.com ";
        state.Draft.Role = DashboardRoles.Viewer;

        var invited = await state.AddAsync("tests");

        Assert.True(invited.Succeeded, invited.Message);
        Assert.Equal("guest@example.com", state.Invitation!.Value.Email);
        Assert.Equal("", state.Draft.Email);
        Assert.Equal("invited, no password yet", UsersPageState.SignInState(Assert.Single(state.Rows)));

        state.Draft.Email = "guest@example.com";
        var twice = await state.AddAsync("tests");

        Assert.False(twice.Succeeded);
        Assert.Null(state.Invitation);
        Assert.Equal("guest@example.com", state.Draft.Email);
        Assert.Equal("There is an account with this email already.", state.Errors[AccountFields.EmailField]);
    }

    [Fact]
    public async Task A_new_password_empties_its_form_and_the_account_signs_in_with_a_password()
    {
        var state = Get<UsersPageState>();
        state.Draft.Email = "ana@example.com";
        state.Draft.SetPassword = true;
        state.Draft.Password = TestAccounts.Password;
        Assert.True((await state.AddAsync("tests")).Succeeded);
        state.Reset.Email = "ana@example.com";
        state.Reset.Password = "short";

        var weak = await state.ResetPasswordAsync();
        Assert.Contains("at least 12 characters", state.ResetErrors[AccountFields.PasswordField]);
        Assert.Equal("ana@example.com", state.Reset.Email);
        state.Reset.Password = "a new passphrase 2027";
        var reset = await state.ResetPasswordAsync();

        Assert.False(weak.Succeeded);
        Assert.True(reset.Succeeded, reset.Message);
        Assert.Equal("", state.Reset.Email);
        Assert.Equal("password", UsersPageState.SignInState(Assert.Single(state.Rows)));
    }

    [Fact]
    public void The_invitation_address_escapes_the_email_and_the_token()
    {
        Assert.Equal($"{AccountsExtensions.InvitationPath}?email=a%2Bb%40example.com&token=x%2By%3D",
            UsersPageState.InvitationAddress("a+b@example.com", "x+y="));
    }
}
