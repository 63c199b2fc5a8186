using ChannelManagerDashboard.Features.Accounts.Cli;
using ChannelManagerDashboard.Hosting.Commands;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>The <c>users</c> command's bad input, which ends before the data folder is touched; its actions run as the app binary in <see cref="SessionEndTests"/>.</summary>
public sealed class UsersCommandTests
{
    [Theory]
    [InlineData("", "say what to do")]
    [InlineData("promote --email a@b.c", "there is no action \"promote\"")]
    [InlineData("add --email a@b.c --password 123456789012", "add needs --role.")]
    [InlineData("remove --email a@b.c --role Owner", "remove does not take --role. It takes --email.")]
    [InlineData("list --email a@b.c", "list does not take --email. It takes no options.")]
    [InlineData("remove --email", "--email needs a value.")]
    [InlineData("sign-out", "sign-out needs --email.")]
    [InlineData("sign-out --email a@b.c --password x", "sign-out does not take --password. It takes --email.")]
    public async Task Bad_input_exits_2_and_says_what_is_wrong(string line, string expected)
    {
        var (exit, output, errors) = await AppCommands.RunAsync([UsersCommand.Name, .. line.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(UsersCommand.BadInput, exit);
        Assert.StartsWith("users: " + expected, errors);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Without_an_action_it_lists_the_actions_after_the_message()
    {
        var (_, _, errors) = await AppCommands.RunAsync([UsersCommand.Name]);

        Assert.All(UsersAction.All, action => Assert.Contains(action.Name, errors));
    }

    [Fact]
    public void A_dash_for_the_password_reads_it_from_standard_input()
    {
        var options = Read("reset-password", new StringReader("from stdin passphrase\nnext"), "--email", "a@b.c", "--password", "-");

        Assert.Equal(new UsersOptions("reset-password", "a@b.c", "from stdin passphrase", ""), options);
    }

    [Fact]
    public void Sign_out_takes_the_email_of_the_account_whose_sessions_end() =>
        Assert.Equal(new UsersOptions("sign-out", "a@b.c", "", ""), Read("sign-out", TextReader.Null, "--email", "a@b.c"));

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public async Task Help_lists_the_actions_with_exit_code_0(string flag)
    {
        var (exit, output, errors) = await AppCommands.RunAsync([UsersCommand.Name, flag]);

        Assert.Equal(UsersCommand.Done, exit);
        Assert.All(UsersAction.All, action => Assert.Contains(action.Description, output));
        Assert.Contains("Exit codes: 0 done, 2 bad input (the message says what), 1 the database could not be opened or written.", output);
        Assert.Empty(errors);
    }

    private static UsersOptions? Read(string action, TextReader input, params string[] args)
    {
        var users = UsersCommand.Create(new CommandConsole(TextWriter.Null, TextWriter.Null, input));
        return UsersAction.All.Single(a => a.Name == action).Read(users.Parse([action, .. args]), input).Value;
    }
}
