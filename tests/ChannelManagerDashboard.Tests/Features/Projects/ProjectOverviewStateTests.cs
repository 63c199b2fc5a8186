using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Projects;

public sealed class ProjectOverviewStateTests : DatabaseTest
{
    private async Task<ProjectOverviewState> LoadedAsync()
    {
        var overview = new ProjectOverviewState(Services.Projects, Services.Preparation, Services.Tracker, await Services.CreateProjectAsync());
        await overview.LoadAsync();
        return overview;
    }

    [Fact]
    public async Task Loading_shows_the_stored_details_with_nothing_to_save()
    {
        var overview = await LoadedAsync();

        Assert.Equal("Acme CM", overview.Input.Name);
        Assert.Equal(25, overview.Rows!.Count);
        Assert.False(overview.HasChanges);
    }

    [Fact]
    public async Task A_saved_rename_becomes_the_baseline()
    {
        var overview = await LoadedAsync();
        overview.Input.Name = "Acme CM – renamed";

        var saved = await overview.SaveAsync("Jana");

        Assert.True(saved.Succeeded);
        Assert.False(overview.HasChanges);
        Assert.Equal("Acme CM – renamed", overview.Progress!.Project.Name);
    }

    [Fact]
    public async Task Someone_elses_change_is_a_conflict_that_keeps_the_typed_value_and_takes_theirs_as_the_baseline()
    {
        var overview = await LoadedAsync();
        await Services.Projects.UpdateAsync(overview.ProjectId, Services.ValidInput("Theirs"), Services.ValidInput(), "Piet");
        overview.Input.Name = "Mine";

        var saved = await overview.SaveAsync("Jana");

        Assert.Equal(ResultKind.Conflict, saved.Kind);
        Assert.Equal(("Mine", "Theirs"), (overview.Input.Name, overview.Saved.Name));
        Assert.Equal(("Mine", "Theirs"), (Assert.Single(overview.Conflicts).Yours, overview.Conflicts[0].Theirs));
        Assert.True((await overview.SaveAsync("Jana")).Succeeded);
    }

    [Fact]
    public async Task Archiving_reloads_the_project_as_archived()
    {
        var overview = await LoadedAsync();

        Assert.True((await overview.SetArchivedAsync(true, "Jana")).Succeeded);
        Assert.True(overview.Progress!.Project.IsArchived);
    }

    [Fact]
    public async Task A_missing_project_loads_as_missing()
    {
        var overview = new ProjectOverviewState(Services.Projects, Services.Preparation, Services.Tracker, 999);
        await overview.LoadAsync();

        Assert.True(overview.Loaded);
        Assert.Null(overview.Progress);
    }
}
