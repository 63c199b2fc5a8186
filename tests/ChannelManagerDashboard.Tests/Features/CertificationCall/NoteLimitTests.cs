using Bunit;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

/// <summary>Every note limited to 20,000 characters counts them and refuses more by the field instead of cutting.</summary>
public sealed class NoteLimitTests : ComponentTest
{
    private static readonly string TooLong = new('m', TextLimit.Notes + 1);

    private const string Refusal = "20,001 characters: 1 over the limit of 20,000. Shorten the text to save it; nothing was cut.";

    [Fact]
    public void Call_minutes_over_the_limit_are_kept_whole_and_refused_by_the_field()
    {
        var row = Render<CallTestRow>(p => p.Add(x => x.Row, new CallRow(new TestRow(TestCatalog.Find("INV-02")!, TestStatus.NotRun, "", "", null), null, null, null))
            .Add(x => x.Interactive, true).Add(x => x.SaveNote, _ => Task.FromResult(Result.Ok())));
        Assert.Contains("0 / 20000", row.Markup);

        row.Find("#minutes-INV-02").Input(TooLong);

        Assert.Equal(TooLong, row.Find("#minutes-INV-02").GetAttribute("value"));
        // The browser would cut a paste at its maxlength; it is left far above the limit.
        Assert.True(int.Parse(row.Find("#minutes-INV-02").GetAttribute("maxlength")!) > TextLimit.Notes);
        Assert.Contains(Refusal, row.Find(".mud-input-helper-text.mud-input-error").TextContent);
        Assert.Contains("20001 / 20000", row.Markup);
    }

    [Fact]
    public void Outcome_notes_over_the_limit_are_refused_by_the_field()
    {
        var panel = Render<OutcomePanel>(p => p.Add(x => x.Outcomes, []).Add(x => x.OpenRequired, []).Add(x => x.Interactive, true)
            .Add(x => x.Save, (_, _, _) => Task.FromResult(Result.Ok())));

        panel.Find("#outcome-notes").Input(TooLong);

        Assert.Equal(TooLong, panel.Find("#outcome-notes").GetAttribute("value"));
        Assert.Contains(Refusal, panel.Find(".mud-input-helper-text.mud-input-error").TextContent);
    }

    [Fact]
    public void Tracker_notes_over_the_limit_are_refused_by_the_field_before_any_save()
    {
        var editor = Render<TestEditor>(p => p.Add(x => x.Row, new TestRow(TestCatalog.Find("INV-02")!, TestStatus.NotRun, "", "", null))
            .Add(x => x.Notes, TooLong).Add(x => x.OnSave, () => { }).Add(x => x.OnCancel, () => { }));

        Assert.Contains(Refusal, editor.Find(".mud-input-helper-text.mud-input-error").TextContent);
        // The browser would cut a paste at its maxlength; it is left far above the limit.
        Assert.True(int.Parse(editor.Find("#test-notes").GetAttribute("maxlength")!) > TextLimit.Notes);
    }
}
