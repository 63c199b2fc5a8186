using Bunit;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class OutcomePanelTests : ComponentTest
{
    private readonly List<CallVerdict> saved = [];
    private readonly List<int> undone = [];

    private IRenderedComponent<OutcomePanel> Panel(IReadOnlyList<CallOutcome>? outcomes = null, bool canUndo = false) =>
        RenderWithProviders<OutcomePanel>(p => p.Add(x => x.Outcomes, outcomes ?? []).Add(x => x.OpenRequired, []).Add(x => x.Interactive, true)
            .Add(x => x.Today, new DateTime(2026, 12, 7)).Add(x => x.Reset, new FailReset(25, 7)).Add(x => x.CanUndo, canUndo)
            .Add(x => x.Save, (verdict, _, _) =>
            {
                saved.Add(verdict);
                return Task.FromResult(Result.Ok("Certification failed."));
            })
            .Add(x => x.Undo, id =>
            {
                undone.Add(id);
                return Task.FromResult(Result.Ok("The fail is undone: 25 test results and 7 call notes are back. The timer stays reset."));
            }));

    private static void ChooseFail(IRenderedComponent<OutcomePanel> panel)
    {
        panel.FindAll("#outcome-verdict input[type=radio]")[1].Click();
        panel.Find("#outcome-notes").Input("LOS logic reversed");
    }

    [Fact]
    public async Task A_fail_asks_first_saying_what_it_resets_and_cancelling_records_nothing()
    {
        var panel = Panel();
        ChooseFail(panel);
        Assert.Contains("25 test results and 7 call notes will be reset to not run", panel.Find("#outcome-fail-warning").TextContent);

        panel.Find("#record-outcome").Click();

        await Dialogs.WaitForAssertionAsync(() => Assert.Contains(
            "25 test results and 7 call notes will be reset to not run, and the call timer to 90 minutes, not started.", Dialogs.Markup));
        Assert.Contains("Record the call as failed?", Dialogs.Markup);
        Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        await Dialogs.WaitForAssertionAsync(() => Assert.DoesNotContain("Record the call as failed?", Dialogs.Markup));
        Assert.Empty(saved);
        Assert.Empty(panel.FindAll("#outcome-message"));
        Assert.Equal("LOS logic reversed", panel.Find("#outcome-notes").GetAttribute("value"));
    }

    [Fact]
    public async Task Confirming_the_fail_records_it()
    {
        var panel = Panel();
        ChooseFail(panel);
        panel.Find("#record-outcome").Click();

        await Dialogs.WaitForAssertionAsync(() => Dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Record as failed").Click());

        await panel.WaitForAssertionAsync(() => Assert.Equal([CallVerdict.Failed], saved));
    }

    [Fact]
    public async Task A_pass_is_recorded_without_asking()
    {
        var panel = Panel();
        panel.FindAll("#outcome-verdict input[type=radio]")[0].Click();

        panel.Find("#record-outcome").Click();

        await panel.WaitForAssertionAsync(() => Assert.Equal([CallVerdict.Passed], saved));
        Assert.DoesNotContain("Record the call as failed?", Dialogs.Markup);
    }

    [Fact]
    public async Task The_latest_fail_offers_undo_and_says_what_came_back()
    {
        var fail = new CallOutcome { Id = 4, Verdict = CallVerdict.Failed, Date = new DateOnly(2026, 12, 7), RecordedBy = "jana" };
        var panel = Panel([fail]);
        Assert.Empty(panel.FindAll("#undo-fail"));
        panel.Render(p => p.Add(x => x.CanUndo, true));

        panel.Find("#undo-fail").Click();

        await panel.WaitForAssertionAsync(() => Assert.Contains("25 test results and 7 call notes are back", panel.Find("#outcome-message").TextContent));
        Assert.Equal([4], undone);
    }
}
