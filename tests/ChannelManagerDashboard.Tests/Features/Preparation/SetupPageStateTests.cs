using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

public sealed class SetupPageStateTests : DatabaseTest
{
    [Theory]
    [InlineData(null, "p4", "P4")]
    [InlineData(null, "P99", null)]
    [InlineData("P2", "P4", null)]
    [InlineData(null, null, null)]
    public void Old_links_with_a_step_query_lead_to_the_steps_own_address(string? step, string? query, string? expected) =>
        Assert.Equal(expected, SetupPageState.OldLinkStep(step, query));

    [Fact]
    public async Task Without_a_step_the_next_one_to_do_is_selected_with_its_neighbours()
    {
        var setup = new SetupPageState(Services.Preparation);
        await setup.LoadAsync(await Services.CreateProjectAsync(), null);

        Assert.True(setup.Loaded);
        Assert.Equal(setup.Draft!.State.Next!.Step.Code, setup.Selected);
        await setup.LoadAsync(setup.Draft.State.Project.Id, "p1");
        Assert.Equal(("P1", null, "P2"), (setup.Selected, setup.Previous?.Code, setup.Next?.Code));
    }

    [Fact]
    public async Task A_step_marked_done_is_congratulated_and_its_notes_are_saved()
    {
        var id = await Services.CreateProjectAsync();
        var setup = new SetupPageState(Services.Preparation);
        await setup.LoadAsync(id, "P3");
        setup.Draft!.Notes["P3"] = "Sent on Monday";
        Assert.True(setup.HasChanges);

        var said = await setup.SaveAsync(id, StepStatus.Done, "Jana");

        Assert.True(said?.Succeeded);
        Assert.StartsWith("P3 saved.", said!.Value.Message);
        Assert.Equal(("P3", null), (setup.JustDone, setup.Refusal));
        Assert.False(setup.HasChanges);
        Assert.Equal("Sent on Monday", (await Services.Preparation.LoadAsync(id))!["P3"].Notes);
    }

    [Fact]
    public async Task A_refused_zone_shows_under_its_field_and_not_in_the_step()
    {
        var id = await Services.CreateProjectAsync();
        var setup = new SetupPageState(Services.Preparation);
        await setup.LoadAsync(id, "P9");
        setup.Draft!.Fields.CertificationCallTimeZone = "Europe/Prage";

        var said = await setup.SaveAsync(id, null, "Jana");

        Assert.False(said?.Succeeded);
        Assert.Contains("Europe/Prague", setup.FieldErrors[nameof(PreparationInput.CertificationCallTimeZone)]);
        Assert.Null(setup.JustDone);
    }

    [Fact]
    public async Task A_missing_project_loads_as_missing()
    {
        var setup = new SetupPageState(Services.Preparation);
        await setup.LoadAsync(999, null);

        Assert.True(setup.Loaded);
        Assert.Null(setup.Draft);
    }
}
