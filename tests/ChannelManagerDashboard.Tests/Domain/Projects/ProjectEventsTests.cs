using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Tests.Domain.Projects;

public sealed class ProjectEventsTests
{
    [Fact]
    public async Task Every_subscriber_hears_the_event_and_what_they_did_or_could_not_do_comes_back()
    {
        var heard = new List<IProjectEvent>();
        var events = new ProjectEvents(
        [
            new ProjectEventSubscriber(change => { heard.Add(change); return Task.FromResult(Result.Ok("P4 is done.")); }),
            new ProjectEventSubscriber(_ => Task.FromResult(Result.Failed(Result.DatabaseField, "The database refused the write."))),
        ]);

        var reaction = await events.PublishAsync(new ConnectionsChanged(7, "Jana"));

        Assert.Equal([new ConnectionsChanged(7, "Jana")], heard);
        Assert.True(reaction.Succeeded);
        Assert.Equal(["P4 is done."], reaction.Notices);
        Assert.Equal(["The database refused the write."], reaction.Warnings);
    }

    [Fact]
    public void A_result_including_a_reaction_keeps_its_own_value_and_adds_the_reaction_s_notices_and_problems_as_warnings()
    {
        var saved = Result.Of(42, "Saved.");

        var combined = saved.Including(Result.Invalid("P6", "Map SGL first.") with { Notices = ["P5 is done."] });

        Assert.Equal((ResultKind.Done, 42), (combined.Kind, combined.Value));
        Assert.Equal(["Saved.", "P5 is done."], combined.Notices);
        Assert.Equal(["Map SGL first."], combined.Warnings);
    }
}
