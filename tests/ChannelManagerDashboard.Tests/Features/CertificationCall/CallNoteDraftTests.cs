using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.CertificationCall;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallNoteDraftTests
{
    private static CallNote Note(string minutes, string remarks = "") => new() { TestId = "INV-01", Minutes = minutes, Remarks = remarks, UpdatedBy = "Piet" };

    [Fact]
    public void Text_nobody_is_typing_follows_what_others_save_and_typed_text_stays()
    {
        var draft = new CallNoteDraft();
        draft.Follow(Note("theirs"));
        Assert.Equal(("theirs", false), (draft.Minutes, draft.Dirty));

        draft.Remarks = "mine";
        draft.Follow(Note("newer", "their remark"));

        Assert.Equal(("newer", "mine", "newer", ""), (draft.Minutes, draft.Remarks, draft.BaselineMinutes, draft.BaselineRemarks));
        Assert.True(draft.Dirty);
    }

    [Fact]
    public async Task A_save_is_judged_against_the_version_typing_began_on_and_trims_what_it_keeps()
    {
        var draft = new CallNoteDraft();
        draft.Follow(null);
        draft.Minutes = " Mews looked at DBL ";
        NoteEdit? sent = null;

        await draft.SaveAsync("INV-01", null, edit => { sent = edit; return Task.FromResult(Result.Ok()); });

        Assert.Equal(new NoteEdit("INV-01", " Mews looked at DBL ", "", "", ""), sent);
        Assert.Equal(("Mews looked at DBL", "Mews looked at DBL", false), (draft.Minutes, draft.BaselineMinutes, draft.Dirty));
        Assert.Equal(("Notes saved; everyone on the call sees them.", false), (draft.Message, draft.Failed));
    }

    [Fact]
    public async Task After_a_conflict_the_next_save_replaces_exactly_the_version_it_was_shown()
    {
        var draft = new CallNoteDraft();
        draft.Follow(null);
        draft.Minutes = "mine";
        var sent = new List<NoteEdit>();
        Task<Result> Save(NoteEdit edit)
        {
            sent.Add(edit);
            return Task.FromResult(sent.Count == 1 ? Result.Conflict("Piet changed the minutes.") : Result.Ok());
        }

        await draft.SaveAsync("INV-01", Note("theirs"), Save);
        Assert.Equal(("Piet changed the minutes.", true), (draft.Message, draft.Failed));
        await draft.SaveAsync("INV-01", Note("theirs"), Save);

        Assert.Equal("theirs", sent[1].BaselineMinutes);
        Assert.False(draft.Failed);
    }
}
