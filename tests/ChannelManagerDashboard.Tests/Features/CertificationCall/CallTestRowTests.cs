using Bunit;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallTestRowTests : ComponentTest
{
    private static CallRow Row(string minutes = "", string by = "", TestStatus status = TestStatus.NotRun, bool needsCheck = false) => new(
        new TestRow(TestCatalog.Find("INV-02")!, status, "", "", null, needsCheck),
        null,
        minutes.Length == 0 ? null : new CallNote { TestId = "INV-02", Minutes = minutes, UpdatedBy = by, UpdatedAt = DateTimeOffset.UnixEpoch },
        null);

    [Fact]
    public void Someone_elses_note_replaces_an_untouched_box_but_shows_under_one_being_typed_in_and_is_replaced_only_on_a_second_save()
    {
        var saved = new List<NoteEdit>();
        var row = Render<CallTestRow>(p => p.Add(x => x.Row, Row()).Add(x => x.Interactive, true)
            .Add(x => x.SaveNote, edit =>
            {
                saved.Add(edit);
                return Task.FromResult(saved.Count == 1 ? Result.Conflict("jana@example.com changed the minutes of INV-02") : Result.Ok());
            }));

        row.Render(p => p.Add(x => x.Row, Row("Jana's minutes", "jana@example.com")));
        Assert.Equal("Jana's minutes", row.Find("#minutes-INV-02").GetAttribute("value"));
        Assert.Empty(row.FindAll("#their-minutes-INV-02"));

        row.Find("#minutes-INV-02").Input("Petr's minutes");
        row.Render(p => p.Add(x => x.Row, Row("Jana's second minutes", "jana@example.com")));

        Assert.Equal("Petr's minutes", row.Find("#minutes-INV-02").GetAttribute("value"));
        Assert.Contains("jana@example.com saved meanwhile", row.Find("#their-minutes-INV-02").TextContent);
        Assert.Contains("Jana's second minutes", row.Find("#their-minutes-INV-02").TextContent);

        // The first save is judged against the version typing began on, so it is refused; the second replaces what was shown.
        row.Find("#save-notes-INV-02").Click();
        Assert.Contains("changed the minutes", row.Find("#note-message-INV-02").TextContent);
        row.Find("#save-notes-INV-02").Click();
        Assert.Equal([("Petr's minutes", "Jana's minutes"), ("Petr's minutes", "Jana's second minutes")], saved.Select(e => (e.Minutes, e.BaselineMinutes)));
    }

    [Fact]
    public void On_a_phone_a_row_is_closed_until_opened_and_the_test_on_screen_is_open()
    {
        var row = Render<CallTestRow>(p => p.Add(x => x.Row, Row()).Add(x => x.Interactive, true).Add(x => x.SaveNote, _ => Task.FromResult(Result.Ok())));
        var toggle = () => row.Find("#toggle-INV-02");

        Assert.DoesNotContain("call-test-open", row.Find("#call-INV-02").ClassName);
        Assert.Equal(("Details", "false", "call-INV-02-body"), (toggle().TextContent.Trim(), toggle().GetAttribute("aria-expanded"), toggle().GetAttribute("aria-controls")));
        toggle().Click();
        Assert.Contains("call-test-open", row.Find("#call-INV-02").ClassName);
        Assert.Equal(("Less", "true"), (toggle().TextContent.Trim(), toggle().GetAttribute("aria-expanded")));

        var shown = Render<CallTestRow>(p => p.Add(x => x.Row, Row()).Add(x => x.Current, true).Add(x => x.SaveNote, _ => Task.FromResult(Result.Ok())));
        Assert.Contains("call-test-open", shown.Find("#call-INV-02").ClassName);
    }

    [Fact]
    public void A_refused_save_keeps_the_text_and_says_why()
    {
        var row = Render<CallTestRow>(p => p.Add(x => x.Row, Row()).Add(x => x.Interactive, true)
            .Add(x => x.SaveNote, _ => Task.FromResult(Result.Conflict("jana@example.com changed the minutes of INV-02 at 14:02:11 UTC while you were typing"))));

        row.Find("#minutes-INV-02").Input("Petr's minutes");
        row.Find("#save-notes-INV-02").Click();

        Assert.Contains("while you were typing", row.Find("#note-message-INV-02").TextContent);
        Assert.Equal("Petr's minutes", row.Find("#minutes-INV-02").GetAttribute("value"));
    }

    [Fact]
    public void The_persons_tick_waits_for_the_automatic_pass_and_then_reports_the_choice()
    {
        (string, bool)? ticked = null;
        var row = Render<CallTestRow>(p => p.Add(x => x.Row, Row()).Add(x => x.Interactive, true)
            .Add(x => x.OnTick, tick => ticked = tick).Add(x => x.SaveNote, _ => Task.FromResult(Result.Ok())));
        Assert.True(row.Find("#call-INV-02 input[type=checkbox]").HasAttribute("disabled"));

        row.Render(p => p.Add(x => x.Row, Row(status: TestStatus.Passed, needsCheck: true)));
        row.Find("#call-INV-02 input[type=checkbox]").Change(true);

        Assert.Equal(("INV-02", true), ticked);
    }

    [Fact]
    public void A_rerun_that_failed_after_a_check_says_on_the_row_whose_check_no_longer_holds()
    {
        var failed = new CallRow(new TestRow(TestCatalog.Find("INV-02")!, TestStatus.Failed, "", "", null, LapsedCheckBy: "jana@example.com"), null, null, null);

        var row = Render<CallTestRow>(p => p.Add(x => x.Row, failed).Add(x => x.Interactive, true).Add(x => x.SaveNote, _ => Task.FromResult(Result.Ok())));

        Assert.Equal("jana@example.com had checked it when it passed; the newest run failed, so that check no longer holds. Tick it again once it passes.",
            row.Find("#lapsed-INV-02").TextContent);
        Assert.False(failed.Ticked);
    }
}
