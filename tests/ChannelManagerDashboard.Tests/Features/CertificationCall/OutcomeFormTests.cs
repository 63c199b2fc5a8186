using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class OutcomeFormTests
{
    [Fact]
    public async Task An_outcome_needs_a_verdict_and_a_date_and_a_recorded_one_clears_the_form()
    {
        var form = new OutcomeForm { Date = new DateTime(2026, 3, 2), Notes = "All good" };
        var saved = new List<(CallVerdict, DateOnly, string)>();
        Task<Result> Save(CallVerdict verdict, DateOnly date, string notes)
        {
            saved.Add((verdict, date, notes));
            return Task.FromResult(Result.Ok("P7 is done."));
        }

        Assert.False(form.CanRecord);
        await form.SaveAsync(Save);
        Assert.Empty(saved);

        form.Verdict = CallVerdict.Passed;
        Assert.True(form.CanRecord);
        await form.SaveAsync(Save);

        Assert.Equal([(CallVerdict.Passed, new DateOnly(2026, 3, 2), "All good")], saved);
        Assert.Equal((null, ""), (form.Verdict, form.Notes));
        Assert.Equal(("P7 is done.", false), (form.Message, form.Failed));
    }

    [Fact]
    public async Task A_refused_outcome_keeps_the_form_and_says_why()
    {
        var form = new OutcomeForm { Verdict = CallVerdict.Failed, Date = new DateTime(2026, 3, 2) };

        await form.SaveAsync((_, _, _) => Task.FromResult(Result.Invalid("Outcome", "Say what Mews found.")));

        Assert.Equal(CallVerdict.Failed, form.Verdict);
        Assert.Equal(("Say what Mews found.", true), (form.Message, form.Failed));
    }

    [Fact]
    public async Task Undoing_a_fail_says_what_came_back_or_a_plain_done()
    {
        var form = new OutcomeForm();

        await form.UndoAsync(id => Task.FromResult(Result.Ok()), 7);
        Assert.Equal(("The fail is undone.", false), (form.Message, form.Failed));

        await form.UndoAsync(id => Task.FromResult(Result.Conflict("No longer the latest outcome.")), 7);
        Assert.Equal(("No longer the latest outcome.", true), (form.Message, form.Failed));
    }
}
