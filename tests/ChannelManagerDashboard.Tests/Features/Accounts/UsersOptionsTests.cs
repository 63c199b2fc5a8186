using ChannelManagerDashboard.Features.Accounts.Cli;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

public sealed class UsersOptionsTests
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
    public void Bad_input_says_what_is_wrong(string line, string expected)
    {
        var (options, error) = UsersOptions.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries), TextReader.Null);

        Assert.Null(options);
        Assert.StartsWith(expected, error);
    }

    [Fact]
    public void A_dash_for_the_password_reads_it_from_standard_input()
    {
        var (options, _) = UsersOptions.Parse(["reset-password", "--email", "a@b.c", "--password", "-"], new StringReader("from stdin passphrase\nnext"));

        Assert.Equal(new UsersOptions("reset-password", "a@b.c", "from stdin passphrase", ""), options);
    }

    [Fact]
    public void Sign_out_takes_the_email_of_the_account_whose_sessions_end() =>
        Assert.Equal(new UsersOptions("sign-out", "a@b.c", "", ""), UsersOptions.Parse(["sign-out", "--email", "a@b.c"], TextReader.Null).Options);

    [Fact]
    public void Help_is_no_error() => Assert.Equal((null, null), UsersOptions.Parse(["--help"], TextReader.Null));
}
