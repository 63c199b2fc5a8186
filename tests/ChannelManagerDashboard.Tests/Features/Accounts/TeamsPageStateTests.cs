using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.Accounts.Pages;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Accounts;

/// <summary>The teams page's forms and list, over a real SQLite file.</summary>
public sealed class TeamsPageStateTests : ComponentTest
{
    [Fact]
    public async Task A_refused_name_stays_with_its_problem_and_a_created_team_empties_the_field()
    {
        var state = Get<TeamsPageState>();
        await state.LoadAsync();
        state.NewName = "  ";

        var refused = await state.CreateAsync("tests");
        Assert.False(refused.Succeeded);
        Assert.Equal(refused.Message, state.CreateError);
        state.NewName = "Agency A";
        var created = await state.CreateAsync("tests");

        Assert.True(created.Succeeded, created.Message);
        Assert.Null(state.CreateError);
        Assert.Equal("", state.NewName);
        Assert.Contains(state.Teams, t => t.Name == "Agency A");
    }

    [Fact]
    public async Task Someone_added_to_a_team_is_no_longer_offered_for_it_and_its_form_starts_afresh()
    {
        Assert.True((await Get<NewAccounts>().AddAsync("ana@example.com", TestAccounts.Password, DashboardRoles.Member, "tests")).Succeeded);
        var state = Get<TeamsPageState>();
        state.NewName = "Agency A";
        await state.CreateAsync("tests");
        var agency = state.Teams.Single(t => t.Name == "Agency A");
        Assert.Equal(["ana@example.com"], state.CandidatesFor(agency));
        state.DraftOf(agency.Id).Email = "ana@example.com";
        state.DraftOf(agency.Id).Role = DashboardRoles.Viewer;

        var added = await state.SetMemberAsync(agency.Id, "ana@example.com", DashboardRoles.Viewer, "tests");

        Assert.True(added.Succeeded, added.Message);
        Assert.Empty(state.CandidatesFor(state.Teams.Single(t => t.Id == agency.Id)));
        Assert.Equal("", state.DraftOf(agency.Id).Email);
    }
}
