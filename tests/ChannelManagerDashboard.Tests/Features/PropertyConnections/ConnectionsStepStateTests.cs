using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PropertyConnections;

/// <summary>P4's step below the UI: real SQLite file, real HTTP to the simulator on loopback.</summary>
public sealed class ConnectionsStepStateTests : DatabaseTest, IClassFixture<FakeMewsFixture>
{
    private readonly MewsServices mews;

    public ConnectionsStepStateTests(FakeMewsFixture fixture) => mews = new MewsServices(Database, Clock, fixture.Mews, Path.Combine(Database.Folder, "keys"));

    private async Task<(ConnectionsStepState State, CredentialsDraft Draft)> LoadedAsync()
    {
        var input = Services.ValidInput();
        input.Environment = MewsEnvironment.Simulator;
        var draft = new CredentialsDraft();
        var state = new ConnectionsStepState(mews.Connections, mews.Properties, await Services.CreateProjectAsync(input), draft);
        await state.LoadAsync();
        return (state, draft);
    }

    [Fact]
    public async Task Get_properties_offers_the_connections_and_moves_focus_to_them_once()
    {
        var (state, draft) = await LoadedAsync();
        draft.FillFrom(FakeMews.ClientToken, FakeMews.Email);

        await state.FetchAsync("Jana");

        Assert.Null(state.Error);
        Assert.Equal(2, state.Offered.Count);
        Assert.Empty(state.Picked);
        Assert.Equal("", draft.ClientToken);
        Assert.Equal("p4-offered", state.TakeFocus());
        Assert.Null(state.TakeFocus());
    }

    [Fact]
    public async Task A_refused_token_shows_the_error_and_offers_nothing()
    {
        var (state, draft) = await LoadedAsync();
        draft.FillFrom("not-a-token", FakeMews.Email);

        await state.FetchAsync("Jana");

        Assert.NotNull(state.Error);
        Assert.Empty(state.Offered);
        Assert.Equal("p4-error", state.TakeFocus());
    }

    [Fact]
    public async Task Using_picked_connections_lists_them_as_chosen_and_stopping_one_removes_it()
    {
        var (state, draft) = await LoadedAsync();
        draft.FillFrom(FakeMews.ClientToken, FakeMews.Email);
        await state.FetchAsync("Jana");
        state.Toggle(state.Offered[0], true);
        state.Toggle(state.Offered[1], true);
        state.Toggle(state.Offered[1], false);

        var used = await state.UseAsync([.. state.Picked], "Jana");

        Assert.True(used.Succeeded);
        Assert.StartsWith("This project now uses 1 connection.", used.Message);
        Assert.Empty(state.Offered);
        var chosen = Assert.Single(state.View!.Chosen);
        var removed = await state.RemoveAsync(chosen.Id, "Jana");
        Assert.True(removed.Succeeded);
        Assert.StartsWith("The connection is no longer used. Its snapshots are kept.", removed.Message);
        Assert.Empty(state.View!.Chosen);
    }

    [Fact]
    public async Task The_state_serves_only_its_own_project_and_draft()
    {
        var (state, draft) = await LoadedAsync();

        Assert.True(state.Serves(state.View!.Project.Id, draft));
        Assert.False(state.Serves(state.View.Project.Id, new CredentialsDraft()));
        Assert.False(state.Serves(state.View.Project.Id + 1, draft));
    }
}
