using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Features.Projects;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.PropertyConnections;

/// <summary>P4 and P5 end to end below the UI: real SQLite file, real HTTP to the simulator on loopback.</summary>
public sealed class ConnectionServiceTests : DatabaseTest, IClassFixture<FakeMewsFixture>
{
    private readonly FakeMewsFixture fixture;
    private readonly MewsServices mews;

    public ConnectionServiceTests(FakeMewsFixture fixture)
    {
        this.fixture = fixture;
        mews = new MewsServices(Database, Clock, fixture.Mews, Path.Combine(Database.Folder, "keys"));
    }

    private Task<int> SimulatorProjectAsync()
    {
        var input = Services.ValidInput();
        input.Environment = MewsEnvironment.Simulator;
        return Services.CreateProjectAsync(input);
    }

    private async Task<StepStatus> StatusAsync(int projectId, string step) => (await Services.Preparation.LoadAsync(projectId))![step].Status;

    /// <summary>The project's own token for the simulator's main connection, which P4 gives it in place of the public one.</summary>
    private static string OwnToken(int projectId) => FakeMews.Connections.ForProject(projectId, FakeMews.MainConnection);

    [Fact]
    public async Task Each_simulator_project_gets_its_own_connection_tokens_in_place_of_the_public_ones()
    {
        var first = await SimulatorProjectAsync();
        var second = await SimulatorProjectAsync();

        var offers = new[]
        {
            (await mews.Properties.FetchAsync(first, FakeMews.ClientToken, FakeMews.Email, "Jana")).Value!.Connections,
            (await mews.Properties.FetchAsync(second, FakeMews.ClientToken, FakeMews.Email, "Jana")).Value!.Connections,
        };

        var tokens = offers.SelectMany(o => o.Select(c => c.Token.Reveal())).ToList();
        Assert.Equal(4, tokens.Distinct().Count());
        Assert.DoesNotContain(FakeMews.MainConnection, tokens);
        Assert.DoesNotContain(FakeMews.DeactivatedConnection, tokens);
        Assert.All(offers[0], c => Assert.True(FakeMews.Connections.IsProjects(first, c.Token.Reveal())));
        Assert.All(offers[1], c => Assert.False(FakeMews.Connections.IsProjects(first, c.Token.Reveal())));
        Assert.Equal([true, false], offers[0].Select(c => FakeMews.Connections.Find(c.Token.Reveal())!.Active));
    }

    [Fact]
    public async Task Get_properties_offers_the_simulator_connections_and_picking_one_ticks_P4()
    {
        var id = await SimulatorProjectAsync();

        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");

        Assert.Null(fetch.Error());
        Assert.Equal(["CM connection - main", "CM connection - old hostel floor (deactivated)"], fetch.Value!.Connections.Select(c => c.ConnectionName));
        Assert.Equal(["Amstel Demo Apartments"], fetch.Value!.PropertiesWithoutConnection);
        Assert.Equal(TokenMask.Mask(OwnToken(id)), fetch.Value!.Connections[0].TokenHint);
        Assert.Equal(StepStatus.NotStarted, await StatusAsync(id, "P4"));

        var result = await mews.Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");

        Assert.True(result.Succeeded);
        Assert.Contains("P4 is done.", result.Notices);
        Assert.Equal(StepStatus.Done, await StatusAsync(id, "P4"));
        var view = (await mews.Connections.LoadAsync(id))!;
        Assert.Equal("B19F…F29", view.ClientTokenHint);
        Assert.Equal(FakeMews.Email, view.EmployeeEmail);
        Assert.Equal("CM connection - main", Assert.Single(view.Chosen).ConnectionName);
    }

    [Fact]
    public async Task Fetching_the_configuration_stores_a_snapshot_without_the_token_and_ticks_P5()
    {
        var id = await SimulatorProjectAsync();
        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await mews.Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");
        var connection = Assert.Single((await mews.Connections.LoadAsync(id))!.Chosen);

        var outcome = await mews.Snapshots.FetchAsync(id, connection.Id, "Jana");

        Assert.Null(outcome.Error());
        Assert.Empty(outcome.Warnings);
        Assert.Contains("P5 is done.", outcome.Notices);
        var snapshot = (await mews.Snapshots.GetAsync(id, outcome.Value))!;
        Assert.Equal((7, 6, 26), (snapshot.SpaceTypeCount, snapshot.RatePlanCount, snapshot.InventoryMappingCount));
        Assert.Contains($"\"connectionToken\":\"{TokenMask.Mask(OwnToken(id))}\"", snapshot.ProfileJson);
        Assert.DoesNotContain(OwnToken(id), snapshot.ProfileJson);
        Assert.Contains("Hostelworld", snapshot.ChannelsJson);
        Assert.Equal(StepStatus.Done, await StatusAsync(id, "P5"));
        var (summary, checks) = (await mews.Snapshots.LatestAsync(id))!.Value;
        Assert.Equal(snapshot.Id, summary.Id);
        Assert.All(checks!, check => Assert.True(check.Met, check.Title));
    }

    [Fact]
    public async Task A_project_without_snapshots_has_no_latest_configuration() =>
        Assert.Null(await mews.Snapshots.LatestAsync(await SimulatorProjectAsync()));

    [Fact]
    public async Task Tokens_are_encrypted_in_the_database_and_absent_from_the_log()
    {
        var id = await SimulatorProjectAsync();
        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await mews.Connections.UseConnectionsAsync(id, fetch.Value!.Connections, "Jana");
        foreach (var connection in (await mews.Connections.LoadAsync(id))!.Chosen)
            await mews.Snapshots.FetchAsync(id, connection.Id, "Jana");
        var file = Database.EverythingStored();

        var log = string.Join("\n", mews.Log);
        Assert.All(new[] { FakeMews.ClientToken, OwnToken(id), FakeMews.Connections.ForProject(id, FakeMews.DeactivatedConnection) }, token =>
        {
            Assert.DoesNotContain(token, file);
            Assert.DoesNotContain(token[..16], file);
            Assert.DoesNotContain(token[..16], log);
        });
        Assert.Contains("Stored configuration snapshot", log);
        Assert.Contains("Automatic steps of project", log);
        Assert.Contains("getConfiguration on Mews Simulator succeeded", log);
    }

    [Fact]
    public async Task A_deactivated_connection_fails_in_P5_with_the_code_3_advice_and_P5_stays_open()
    {
        var id = await SimulatorProjectAsync();
        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await mews.Connections.UseConnectionsAsync(id, fetch.Value!.Connections, "Jana");
        var chosen = (await mews.Connections.LoadAsync(id))!.Chosen;

        var main = await mews.Snapshots.FetchAsync(id, chosen.Single(c => c.ConnectionName == "CM connection - main").Id, "Jana");
        var old = await mews.Snapshots.FetchAsync(id, chosen.Single(c => c.ConnectionName != "CM connection - main").Id, "Jana");

        Assert.Null(main.Error());
        Assert.Contains("error code 3 (connection not found)", old.Error());
        Assert.Contains("pick an active connection", old.Error());
        Assert.NotEqual(StepStatus.Done, await StatusAsync(id, "P5"));
        var state = (await Services.Preparation.LoadAsync(id))!;
        Assert.Equal(["Fetch the configuration of 1 chosen connection."], StepRules.Unmet("P5", state.Project, state.Facts));
    }

    [Fact]
    public async Task A_wrong_client_token_is_kept_encrypted_and_the_code_8_message_says_what_to_check()
    {
        var id = await SimulatorProjectAsync();

        var fetch = await mews.Properties.FetchAsync(id, "WRONG-TOKEN-0123456789", FakeMews.Email, "Jana");

        Assert.Contains("error code 8", fetch.Error());
        Assert.Contains("Simulator page", fetch.Error());
        Assert.Null(fetch.Value);
        Assert.Equal("WRON…789", (await mews.Connections.LoadAsync(id))!.ClientTokenHint);

        var again = await mews.Properties.FetchAsync(id, "", FakeMews.Email, "Jana");
        Assert.Contains("error code 8", again.Error());
    }

    [Fact]
    public async Task Missing_token_or_email_is_refused_before_calling_Mews_and_the_token_is_still_saved()
    {
        var id = await SimulatorProjectAsync();

        Assert.Equal("Enter the client token Mews issued for the Mews simulator.", (await mews.Properties.FetchAsync(id, " ", "a@b.example", "Jana")).Error());
        Assert.Contains("Enter the email of a property employee", (await mews.Properties.FetchAsync(id, FakeMews.ClientToken, "", "Jana")).Error());
        Assert.Equal("B19F…F29", (await mews.Connections.LoadAsync(id))!.ClientTokenHint);
    }

    [Fact]
    public async Task Tokens_saved_with_other_keys_cannot_be_read_and_the_user_is_told_to_enter_them_again()
    {
        var id = await SimulatorProjectAsync();
        await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        var other = new MewsServices(Database, Clock, fixture.Mews, Path.Combine(Database.Folder, "other-keys"));

        var fetch = await other.Properties.FetchAsync(id, "", FakeMews.Email, "Jana");

        Assert.Contains("cannot be decrypted", fetch.Error());
    }

    [Fact]
    public async Task Stopping_a_connection_reopens_P4_and_P5_and_picking_it_again_brings_back_its_snapshots()
    {
        var id = await SimulatorProjectAsync();
        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await mews.Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");
        var connection = Assert.Single((await mews.Connections.LoadAsync(id))!.Chosen);
        await mews.Snapshots.FetchAsync(id, connection.Id, "Jana");

        var removed = await mews.Connections.RemoveAsync(id, connection.Id, "Jana");

        Assert.Contains(removed.Notices, n => n.StartsWith("P4 went back to In progress", StringComparison.Ordinal));
        Assert.Equal(StepStatus.InProgress, await StatusAsync(id, "P5"));
        Assert.Single(await mews.Snapshots.ListAsync(id));

        var again = await mews.Properties.FetchAsync(id, "", FakeMews.Email, "Jana");
        await mews.Connections.UseConnectionsAsync(id, [again.Value!.Connections[0]], "Jana");

        Assert.Equal(1, Assert.Single((await mews.Snapshots.ConnectionsAsync(id))!).SnapshotCount);
        Assert.Equal(StepStatus.Done, await StatusAsync(id, "P4"));
        Assert.Equal(StepStatus.Done, await StatusAsync(id, "P5"));
    }

    [Fact]
    public async Task Connections_belong_to_an_environment_so_switching_to_Demo_reopens_P4()
    {
        var id = await SimulatorProjectAsync();
        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await mews.Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");
        var project = (await Services.Projects.GetAsync(id))!;
        var baseline = ProjectInput.From(project);
        var demo = ProjectInput.From(project);
        demo.Environment = MewsEnvironment.Demo;

        var notices = (await Services.Projects.UpdateAsync(id, demo, baseline, "Jana")).Notices;

        Assert.Contains(notices, n => n.StartsWith("P4 went back to In progress: Call Get properties on the Mews demo", StringComparison.Ordinal));
        Assert.Empty((await mews.Connections.LoadAsync(id))!.Chosen);
        Assert.Equal("", (await mews.Connections.LoadAsync(id))!.ClientTokenHint);
    }

    [Fact]
    public async Task Connections_offered_by_another_environment_are_refused()
    {
        var id = await SimulatorProjectAsync();
        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        var project = (await Services.Projects.GetAsync(id))!;
        var baseline = ProjectInput.From(project);
        var production = ProjectInput.From(project);
        production.Environment = MewsEnvironment.Production;
        await Services.Projects.UpdateAsync(id, production, baseline, "Jana");

        var result = await mews.Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");

        Assert.Equal("These connections came from the Mews simulator, but the project now uses Mews production. Run Get properties again.",
            result.Errors["Connections"]);
        Assert.Empty((await mews.Connections.LoadAsync(id))!.Chosen);
    }

    [Fact]
    public async Task A_connection_no_longer_used_cannot_be_fetched_from_a_stale_page()
    {
        var id = await SimulatorProjectAsync();
        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await mews.Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");
        var connection = Assert.Single((await mews.Connections.LoadAsync(id))!.Chosen);
        await mews.Connections.RemoveAsync(id, connection.Id, "Jana");

        var outcome = await mews.Snapshots.FetchAsync(id, connection.Id, "Jana");

        Assert.StartsWith("This project no longer uses that connection.", outcome.Error());
    }

    [Fact]
    public void A_connection_token_Mews_writes_differently_is_still_masked_in_the_snapshot()
    {
        var tokens = new ConnectionTokens(MewsEnvironment.Demo, FakeMews.ClientToken, FakeMews.MainConnection);
        var json = $"{{\"connectionToken\":\"{FakeMews.MainConnection.ToLowerInvariant()}\",\"property\":{{\"name\":\"Caf\u00e9 & Co\"}}}}";

        var stored = ChannelManagerDashboard.Features.PropertyProfile.SnapshotService.MaskTokens(json, tokens);

        Assert.Equal("{\"connectionToken\":\"C90C…B43\",\"property\":{\"name\":\"Café & Co\"}}", stored);
    }

    [Fact]
    public async Task Two_snapshots_of_the_same_connection_compare_as_equal()
    {
        var id = await SimulatorProjectAsync();
        var fetch = await mews.Properties.FetchAsync(id, FakeMews.ClientToken, FakeMews.Email, "Jana");
        await mews.Connections.UseConnectionsAsync(id, [fetch.Value!.Connections[0]], "Jana");
        var connection = Assert.Single((await mews.Connections.LoadAsync(id))!.Chosen);
        var first = await mews.Snapshots.FetchAsync(id, connection.Id, "Jana");
        var second = await mews.Snapshots.FetchAsync(id, connection.Id, "Jana");

        var compared = await mews.Snapshots.CompareAsync(id, first.Value, second.Value);

        Assert.Null(compared.Error());
        Assert.Empty(compared.Value!);
        Assert.Equal([second.Value, first.Value], (await mews.Snapshots.ListAsync(id)).Select(s => (int?)s.Id));
    }
}
