using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.TestTracker;

public sealed class TestTrackerServiceTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly FixedClock clock = FixedClock.At2026();
    private readonly Services services;

    public TestTrackerServiceTests() => services = new Services(database, clock);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_new_project_lists_every_test_as_not_run()
    {
        var rows = await services.Tracker.ListAsync(await services.CreateProjectAsync());

        Assert.Equal(25, rows.Count);
        Assert.All(rows, r => Assert.Equal(TestStatus.NotRun, r.Status));
        Assert.Equal(new TestCounts(25, 0, 0, 0, 0, 25, 24), TestCounts.From(rows));
    }

    [Fact]
    public async Task Results_persist_with_who_and_when_per_project()
    {
        var id = await services.CreateProjectAsync();
        var other = await services.CreateProjectAsync(Services.ValidInput("Other"));

        await services.Tracker.RecordAsync(id, "INV-01", TestStatus.Passed, "", "Jana");
        clock.Now = clock.Now.AddMinutes(3);
        await services.Tracker.RecordAsync(id, "ERR-03", TestStatus.Failed, "Got code 6 instead of 10", "Petr");

        var rows = await new Services(database, clock).Tracker.ListAsync(id);
        var err03 = rows.Single(r => r.Test.Id == "ERR-03");
        Assert.Equal(TestStatus.Failed, err03.Status);
        Assert.Equal("Got code 6 instead of 10", err03.Notes);
        Assert.Equal("Petr", err03.UpdatedBy);
        Assert.Equal(clock.Now, err03.UpdatedAt);
        Assert.Equal(new TestCounts(25, 1, 1, 0, 0, 23, 23), TestCounts.From(rows));
        Assert.All(await services.Tracker.ListAsync(other), r => Assert.Equal(TestStatus.NotRun, r.Status));
    }

    [Fact]
    public async Task Recording_again_replaces_the_result()
    {
        var id = await services.CreateProjectAsync();
        await services.Tracker.RecordAsync(id, "RES-01", TestStatus.Failed, "No card", "Jana");

        await services.Tracker.RecordAsync(id, "RES-01", TestStatus.Passed, "", "Jana");

        Assert.Equal(TestStatus.Passed, (await services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "RES-01").Status);
    }

    [Theory]
    [InlineData(TestStatus.Failed)]
    [InlineData(TestStatus.Blocked)]
    [InlineData(TestStatus.NotApplicable)]
    public async Task Failed_blocked_and_not_applicable_need_a_note(TestStatus status)
    {
        var id = await services.CreateProjectAsync();

        var result = await services.Tracker.RecordAsync(id, "RES-13", status, "  ", "Jana");

        Assert.Contains("Say in the notes why RES-13", result.Errors["Notes"]);
        Assert.Equal(TestStatus.NotRun, (await services.Tracker.ListAsync(id)).Single(r => r.Test.Id == "RES-13").Status);
    }

    [Fact]
    public async Task Unknown_tests_and_projects_are_refused()
    {
        var id = await services.CreateProjectAsync();

        Assert.Contains("no certification test 'INV-99'", (await services.Tracker.RecordAsync(id, "INV-99", TestStatus.Passed, "", "J")).Errors["Test"]);
        Assert.Contains("no longer exists", (await services.Tracker.RecordAsync(999, "INV-01", TestStatus.Passed, "", "J")).Errors["Test"]);
    }

    [Fact]
    public void The_failed_or_not_run_view_keeps_exactly_those() =>
        Assert.Equal(
            [true, false, true, false, false],
            new[] { TestStatus.NotRun, TestStatus.Passed, TestStatus.Failed, TestStatus.Blocked, TestStatus.NotApplicable }
                .Select(s => new TestRow(TestCatalog.All[0], s, "", "", null).NeedsWork));
}
