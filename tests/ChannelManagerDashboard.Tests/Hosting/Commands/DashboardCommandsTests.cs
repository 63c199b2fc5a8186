using ChannelManagerDashboard.Hosting.Commands;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Hosting.Commands;

public sealed class DashboardCommandsTests
{
    [Theory]
    [InlineData("certify", "--cm-base-url <URL>", "The CM's base URL", "Exit codes: 0 all selected tests passed, 1 a test failed or could not run, 2 bad usage.")]
    [InlineData("reservation-check", "--test <RES-01>", "The test whose rules apply", "Exit codes: 0 the payload passes, 1 it fails, 2 bad usage.")]
    [InlineData("connector-review", "--format <har|jsonl|csv>", "The log's format.", "Exit codes: 0 every check passes, 1 a check fails, 2 bad usage or an unreadable log.")]
    [InlineData("users", "add", "Adds an account", "Exit codes: 0 done, 2 bad input")]
    [InlineData("users add", "--role <Owner|Member|Viewer>", "The role the account has in its team.", "Exit codes: 0 done, 2 bad input")]
    public async Task Help_for_each_command_describes_its_options_and_exit_codes_with_exit_code_0(string command, string option, string description, string exitCodes)
    {
        var (exit, output, errors) = await AppCommands.RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output);
        Assert.Contains(option, output);
        Assert.Contains(description, output);
        Assert.Contains(exitCodes, output);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("certify --cm-base-url https://cm.example.com/mews --colour red", "certify: Unknown option --colour; see --help.")]
    [InlineData("reservation-check --test RES-01 --payload x.json --verbose 1", "reservation-check: unknown option --verbose. Run with --help for the options.")]
    [InlineData("connector-review --log x --format jsonl --declared d.json --colour", "connector-review: unknown option --colour. Run with --help for the options.")]
    [InlineData("users add --email a@b.c --colour red", "users: add does not take --colour. It takes --email, --password, --role, --team.")]
    public async Task An_unknown_option_exits_2_with_the_command_s_own_message(string line, string message)
    {
        var (exit, output, errors) = await AppCommands.RunAsync(line.Split(' '));

        Assert.Equal(UsageCommand.BadUsage, exit);
        Assert.Equal(message, errors.TrimEnd());
        Assert.Empty(output);
    }

    [Theory]
    [InlineData("certify --json --tests INV-01", "certify: --json needs a value; see --help.")]
    [InlineData("connector-review --log x --format jsonl --declared d.json --json", "connector-review: --json needs a value.")]
    public async Task An_option_without_its_value_exits_2(string line, string message)
    {
        var (exit, _, errors) = await AppCommands.RunAsync(line.Split(' '));

        Assert.Equal((UsageCommand.BadUsage, message), (exit, errors.TrimEnd()));
    }

    [Theory]
    [InlineData(new[] { "certify" }, true)]
    [InlineData(new[] { "users", "list" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:0" }, false)]
    [InlineData(new string[0], false)]
    public void Only_a_command_name_first_runs_a_command_instead_of_the_web_app(string[] args, bool command) =>
        Assert.Equal(command, DashboardCommands.Handles(args));
}
