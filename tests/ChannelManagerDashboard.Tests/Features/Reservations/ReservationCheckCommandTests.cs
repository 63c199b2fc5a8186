using System.Text.Json.Nodes;
using ChannelManagerDashboard.Features.Reservations.Cli;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Reservations;

public sealed class ReservationCheckCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args) => AppCommands.RunAsync([ReservationCheckCommand.Name, .. args]);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_good_payload_passes_with_exit_0_and_says_so()
    {
        var (exit, output, _) = await RunAsync("--test", "RES-01", "--payload", Write("group.json", Bookings.Good().ToJsonString()));

        Assert.Equal((0, "RES-01: passed"), (exit, output.Trim()));
    }

    [Fact]
    public async Task A_multi_room_modification_is_judged_against_its_original()
    {
        var original = Write("original.json", Bookings.MultiRoom().ToJsonString());
        var unchanged = Bookings.MultiRoom();
        unchanged["messageId"] = "msg-000301";

        var (exit, output, _) = await RunAsync("--test", "RES-08", "--payload", Write("group.json", unchanged.ToJsonString()), "--previous", original);

        Assert.Equal(1, exit);
        Assert.Contains("Nothing changed in the reservations since the RES-07 booking", output);
    }

    [Fact]
    public async Task A_failing_payload_exits_1_and_the_json_verdict_lists_the_reasons()
    {
        var group = Bookings.Good("net");
        group["paymentCard"]!["cvv"] = "000";
        var verdictPath = Path.Combine(folder.Path, "verdict.json");

        var (exit, _, _) = await RunAsync("--test", "RES-04", "--payload", Write("group.json", group.ToJsonString()), "--json", verdictPath);

        Assert.Equal(1, exit);
        var verdict = JsonNode.Parse(File.ReadAllText(verdictPath))!;
        Assert.Equal(("RES-04", false), (verdict["test"]!.GetValue<string>(), verdict["passed"]!.GetValue<bool>()));
        Assert.Contains("000", Assert.Single(verdict["reasons"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task A_payload_that_is_not_JSON_fails_with_the_reason()
    {
        var (exit, output, _) = await RunAsync("--test", "RES-01", "--payload", Write("group.json", "{\"messageId\":"));

        Assert.Equal(1, exit);
        Assert.Contains("not valid JSON", output);
    }

    [Theory]
    [InlineData(new[] { "--payload", "x.json" }, "--test and --payload are required")]
    [InlineData(new[] { "--test", "RES-01", "--payload", "/no/such/file.json" }, "--payload: /no/such/file.json cannot be read")]
    [InlineData(new[] { "--test", "RES-01", "--payload", "x.json", "--previous", "y.json" }, "--previous is for modifications")]
    [InlineData(new[] { "--test", "ERR-06", "--payload", "x.json" }, "ERR-06: reservation-check judges RES-01, RES-02, RES-03, RES-04, RES-05, RES-06, RES-07, RES-08, RES-09, RES-10, RES-11, RES-12, RES-13. ERR-06 is judged live")]
    [InlineData(new[] { "--test", "RES-02", "--payload", "x.json" }, "RES-02 modifies the RES-01 booking: pass that earlier group with --previous")]
    [InlineData(new[] { "--test", "RES-03", "--payload", "x.json" }, "RES-03 cancels the RES-01 booking: pass that earlier group with --previous")]
    [InlineData(new[] { "--test", "RES-01", "--payload", "x.json", "--verbose", "1" }, "unknown option --verbose")]
    public async Task Bad_usage_exits_2_with_a_message(string[] args, string message)
    {
        var (exit, _, errors) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, errors);
    }

    [Fact]
    public async Task A_configuration_file_that_is_not_one_is_bad_usage()
    {
        var (exit, _, errors) = await RunAsync("--test", "RES-01", "--payload", Write("group.json", "{}"), "--config", Write("config.json", "{\"nope\":1}"));

        Assert.Equal(2, exit);
        Assert.Contains("is not a Get configuration response", errors);
    }

    [Fact]
    public async Task A_cancellation_is_judged_against_the_earlier_group()
    {
        var original = Write("original.json", Bookings.Good().ToJsonString());
        var cancel = Write("cancel.json", """{"clientToken":"x","connectionToken":"y","messageId":"msg-000191","channelId":"BDC-4471920386","channelManagerId":"CM-100184","reservations":[]}""");
        var wrongGroup = Write("wrong.json", """{"messageId":"msg-000192","channelManagerId":"CM-999","reservations":null}""");

        Assert.Equal(0, (await RunAsync("--test", "RES-03", "--payload", cancel, "--previous", original)).Exit);
        var (exit, output, _) = await RunAsync("--test", "RES-03", "--payload", wrongGroup, "--previous", original);
        Assert.Equal(1, exit);
        Assert.Contains("is not the one of the RES-01 booking", output);
    }
}
