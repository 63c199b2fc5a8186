using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Tests.Features.TestTracker;

public sealed class TestTrackerServiceTests : DatabaseTest
{
    [Fact]
    public async Task A_new_project_lists_every_test_as_not_run()
    {
        var rows = await Services.Tracker.ListAsync(await Services.CreateProjectAsync());

        Assert.Equal(25, rows.Count);
        Assert.All(rows, r => Assert.Equal(TestStatus.NotRun, r.Status));
        Assert.Equal(new TestCounts(25, 0, 0, 0, 0, 0, 25, 24), TestCounts.From(rows));
    }

    [Fact]
    public async Task An_automatic_pass_waits_for_a_person_and_stays_open_until_one_confirms_it()
    {
        var id = await Services.CreateProjectAsync();
        await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "Play Mews: passed. Still check by hand: the extranet", "Play Mews", needsHumanCheck: true);

        var waiting = (await Services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "INV-01");
        Assert.True(waiting.NeedsHumanCheck);
        Assert.Equal("passed, needs your check", waiting.StatusText);
        Assert.True(waiting.NeedsWork);
        Assert.Equal(new TestCounts(25, 1, 1, 0, 0, 0, 24, 24), TestCounts.From(await Services.Tracker.ListAsync(id)));

        Clock.Now = Clock.Now.AddMinutes(5);
        Assert.True((await Services.Tracker.ConfirmCheckAsync(id, "INV-01", "Jana")).Succeeded);

        var confirmed = (await Reopened().Tracker.ListAsync(id)).Single(r => r.Test.Id == "INV-01");
        Assert.False(confirmed.NeedsHumanCheck);
        Assert.True(confirmed.IsFinal);
        Assert.Equal("Jana", confirmed.UpdatedBy);
        Assert.EndsWith($"Checked by hand: Jana, {Clock.Now.UtcDateTime:yyyy-MM-dd HH:mm} UTC.", confirmed.Notes);
        Assert.Equal(new TestCounts(25, 1, 0, 0, 0, 0, 24, 23), TestCounts.From(await Services.Tracker.ListAsync(id)));
        Assert.Equal(ResultKind.Conflict, (await Services.Tracker.ConfirmCheckAsync(id, "INV-01", "Petr")).Kind);
    }

    [Fact]
    public async Task A_result_a_person_records_is_final_even_where_Play_Mews_left_a_check_open()
    {
        var id = await Services.CreateProjectAsync();
        await Services.Tracker.RecordAsync(id, "INV-02", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true);
        await Services.Tracker.RecordAsync(id, "INV-02", TestStatus.Passed, "Seen in the extranet", "Jana");

        Assert.True((await Services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "INV-02").IsFinal);
    }

    [Fact]
    public async Task A_run_that_passes_again_keeps_the_check_a_person_gave_the_pass_before()
    {
        var id = await Services.CreateProjectAsync();
        await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true, fromRun: true);
        await Services.Tracker.ConfirmCheckAsync(id, "INV-01", "Jana");

        await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "automatic again", "Petr", needsHumanCheck: true, fromRun: true);

        var row = (await Services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "INV-01");
        Assert.True(row.IsFinal);
        Assert.Equal("Jana", row.CheckedBy);
        Assert.Contains("The check by Jana", row.Notes);
        Assert.Contains("stands: this run passed as the checked one did.", row.Notes);
    }

    [Fact]
    public async Task A_run_with_another_result_ends_the_check_and_the_row_says_whose_it_was()
    {
        var id = await Services.CreateProjectAsync();
        await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "automatic", "Play Mews", needsHumanCheck: true, fromRun: true);
        await Services.Tracker.ConfirmCheckAsync(id, "INV-01", "Jana");

        await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Failed, "Play Mews: failed.", "Petr", fromRun: true);

        var failed = (await Services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "INV-01");
        Assert.Equal(TestStatus.Failed, failed.Status);
        Assert.Equal("", failed.CheckedBy);
        Assert.Equal("Jana", failed.LapsedCheckBy);
        Assert.Contains("no longer holds: this run failed where the checked one passed.", failed.Notes);

        await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "automatic", "Petr", needsHumanCheck: true, fromRun: true);

        var passedAgain = (await Services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "INV-01");
        Assert.True(passedAgain.NeedsHumanCheck);
        Assert.Equal("", passedAgain.LapsedCheckBy);
    }

    [Fact]
    public async Task Results_persist_with_who_and_when_per_project()
    {
        var id = await Services.CreateProjectAsync();
        var other = await Services.CreateProjectAsync(Services.ValidInput("Other"));

        await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "", "Jana");
        Clock.Now = Clock.Now.AddMinutes(3);
        await Services.Tracker.RecordAsync(id, "ERR-03", TestStatus.Failed, "Got code 6 instead of 10", "Petr");

        var rows = await Reopened().Tracker.ListAsync(id);
        var err03 = rows.Single(r => r.Test.Id == "ERR-03");
        Assert.Equal(TestStatus.Failed, err03.Status);
        Assert.Equal("Got code 6 instead of 10", err03.Notes);
        Assert.Equal("Petr", err03.UpdatedBy);
        Assert.Equal(Clock.Now, err03.UpdatedAt);
        Assert.Equal(new TestCounts(25, 1, 0, 1, 0, 0, 23, 23), TestCounts.From(rows));
        Assert.All(await Services.Tracker.ListAsync(other), r => Assert.Equal(TestStatus.NotRun, r.Status));
    }

    [Fact]
    public async Task Notes_over_the_limit_are_refused_whole_and_the_stored_result_kept()
    {
        var id = await Services.CreateProjectAsync();
        await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Failed, "Prices late", "Jana");

        var refused = await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, new string('x', TestTrackerService.MaxNotes + 1), "Jana");

        Assert.Contains("20,001 characters: 1 over the limit of 20,000", refused.Errors["Notes"]);
        var row = (await Services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "INV-01");
        Assert.Equal((TestStatus.Failed, "Prices late"), (row.Status, row.Notes));
    }

    [Fact]
    public async Task Recording_again_replaces_the_result()
    {
        var id = await Services.CreateProjectAsync();
        await Services.Tracker.RecordAsync(id, "RES-01", TestStatus.Failed, "No card", "Jana");

        await Services.Tracker.RecordAsync(id, "RES-01", TestStatus.Passed, "", "Jana");

        Assert.Equal(TestStatus.Passed, (await Services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "RES-01").Status);
    }

    [Theory]
    [InlineData(TestStatus.Failed)]
    [InlineData(TestStatus.Blocked)]
    [InlineData(TestStatus.NotApplicable)]
    public async Task Failed_blocked_and_not_applicable_need_a_note(TestStatus status)
    {
        var id = await Services.CreateProjectAsync();

        var result = await Services.Tracker.RecordAsync(id, "RES-13", status, "  ", "Jana");

        Assert.Contains("Say in the notes why RES-13", result.Errors["Notes"]);
        Assert.Equal(TestStatus.NotRun, (await Services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "RES-13").Status);
    }

    [Fact]
    public async Task Unknown_tests_and_projects_are_refused()
    {
        var id = await Services.CreateProjectAsync();

        Assert.Contains("no certification test 'INV-99'", (await Services.Tracker.RecordAsync(id, "INV-99", TestStatus.Passed, "", "J")).Errors["Test"]);
        Assert.Contains("no longer exists", (await Services.Tracker.RecordAsync(999, "INV-01", TestStatus.Passed, "", "J")).Errors["Test"]);
    }

    [Fact]
    public async Task A_database_that_refuses_the_write_gives_a_message_not_an_exception()
    {
        var id = await Services.CreateProjectAsync();
        Database.RefuseInsertsInto("TestRecords");

        var result = await Services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "", "Jana");

        Assert.Contains("could not save the result of INV-01", result.Errors[Result.DatabaseField]);
        Assert.Contains("Your entries are still on screen", result.Errors[Result.DatabaseField]);
    }

    [Fact]
    public void The_failed_or_not_run_view_keeps_exactly_those() =>
        Assert.Equal(
            [true, false, true, false, false],
            new[] { TestStatus.NotRun, TestStatus.Passed, TestStatus.Failed, TestStatus.Blocked, TestStatus.NotApplicable }
                .Select(s => new TestRow(TestCatalog.All[0], s, "", "", null).NeedsWork));
}
