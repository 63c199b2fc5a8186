using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class JourneyPageStateTests : ConnectorTest
{
    [Fact]
    public async Task What_the_user_typed_survives_a_reload_and_a_missing_project_is_told_apart_from_one_still_loading()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        var state = new JourneyPageState(Connector.Journey);
        Assert.False(state.Loaded);
        await state.LoadAsync(id, replaceInput: true);
        state.Input.ExpectedLoad = "40 properties";

        await state.LoadAsync(id, replaceInput: false);

        Assert.Equal("40 properties", state.Input.ExpectedLoad);
        Assert.True(state.HasChanges);
        var missing = new JourneyPageState(Connector.Journey);
        await missing.LoadAsync(id + 1, replaceInput: true);
        Assert.True(missing.Loaded);
        Assert.Null(missing.View);
    }

    [Fact]
    public async Task A_refused_save_keeps_the_form_and_names_the_field_and_a_saved_one_has_no_changes_left()
    {
        var id = await ConnectorServices.ProjectAsync(Services);
        var state = new JourneyPageState(Connector.Journey);
        await state.LoadAsync(id, replaceInput: true);
        state.Input.UseCases = ["No such use case"];

        var refused = await state.SaveAsync(id, "Jana");

        Assert.False(refused.Succeeded);
        Assert.Equal(["No such use case"], state.Input.UseCases);
        Assert.NotEmpty(state.Errors!);
        state.Input.UseCases = ["Revenue management"];
        Assert.True((await state.SaveAsync(id, "Jana")).Succeeded);
        Assert.False(state.HasChanges);
        Assert.False(state.Saving);
    }
}
