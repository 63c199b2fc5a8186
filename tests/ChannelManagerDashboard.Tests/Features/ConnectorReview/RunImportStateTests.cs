using System.Text;
using ChannelManagerDashboard.Features.ConnectorReview;
using ChannelManagerDashboard.Features.ConnectorReview.Sample;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class RunImportStateTests : DatabaseTest
{
    private readonly RunImportState state;

    public RunImportStateTests() => state = new RunImportState(ConnectorServices.On(Database, Clock).Runs);

    private static Func<Stream> Content(string text) => () => new MemoryStream(Encoding.UTF8.GetBytes(text));

    private static string Lines(int count, params string[] extra) =>
        string.Join('\n', SampleIntegration.JsonLines(SampleVersion.Clean).Take(count).Concat(extra)) + "\n";

    [Fact]
    public async Task A_file_over_the_limit_or_of_an_unknown_format_is_refused_before_it_is_read()
    {
        var id = await ConnectorServices.ProjectAsync(Services);

        Assert.Null(await state.ReceiveAsync(id, "Jana", "huge.jsonl", RunImportState.MaxBytes + 1, () => throw new InvalidOperationException("not read")));
        Assert.StartsWith("'huge.jsonl' is 512 MB; the limit is 512 MB.", state.Problem);

        Assert.Null(await state.ReceiveAsync(id, "Jana", "run.xyz", 10, () => throw new InvalidOperationException("not read")));
        Assert.Equal("Which format is 'run.xyz'? Pick HAR, JSON Lines or CSV, then choose the file again.", state.Problem);
    }

    [Fact]
    public async Task A_file_without_bad_lines_is_imported_at_once_under_the_name_given()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        state.Name = "Tuesday";

        var imported = await state.ReceiveAsync(id, "Jana", "run.jsonl", 100, Content(Lines(20)));

        Assert.True(imported is { Succeeded: true }, imported?.Message);
        Assert.Equal("20 calls imported.", Assert.Single(imported!.Notices));
        Assert.Equal(("", null, null), (state.Name, state.Pending, state.Problem));
    }

    [Fact]
    public async Task A_file_with_bad_lines_waits_and_is_imported_without_them_on_request()
    {
        var id = await ConnectorServices.ProjectAsync(Services);

        Assert.Null(await state.ReceiveAsync(id, "Jana", "run.jsonl", 100, Content(Lines(20, "not json"))));
        Assert.Equal((20, 1), (state.Pending!.Requests, state.Pending.BadLines));

        var imported = await state.ImportPendingAsync(id, "Jana");

        Assert.Equal("20 calls imported; 1 bad line left out.", Assert.Single(imported!.Notices));
        Assert.Null(state.Pending);
        Assert.Null(await state.ImportPendingAsync(id, "Jana"));
    }

    [Fact]
    public async Task A_file_without_a_readable_request_says_why_and_keeps_nothing()
    {
        var id = await ConnectorServices.ProjectAsync(Services);

        Assert.Null(await state.ReceiveAsync(id, "Jana", "run.jsonl", 100, Content("nope\n")));

        Assert.StartsWith("'run.jsonl' holds no call readable as JSON Lines. Line 1:", state.Problem);
        Assert.Null(state.Pending);
    }
}
