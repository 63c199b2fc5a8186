using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Accounts;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.TestTracker;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// What the reservations tab holds between renders: the view, the test waited on, the pasted messages, the answer on a
/// card, the run picked for details, and where focus goes next.
/// </summary>
public sealed class ReservationsState(
    ReservationsViewLoader views,
    LiveWait wait,
    PastedMessagesJudge paste,
    TestTrackerService tracker,
    RunSelection selection,
    CurrentUser user) : IDisposable
{
    private const string StatusId = "reservations-status";
    private readonly Dictionary<string, PastedMessages> pasted = [];
    private string? focusNext;

    public int ProjectId { get; private set; }

    public ReservationsView? View { get; private set; }

    public bool Loaded { get; private set; }

    /// <summary>P2 points at the reference channel manager, which can send a waited-on test's booking itself.</summary>
    public bool ReferenceCm { get; private set; }

    public LiveWait Wait => wait;

    public RunSelection Selection => selection;

    public StatusLine? Status { get; private set; }

    public bool Judging { get; private set; }

    /// <summary>The test whose paste form is open.</summary>
    public string? PasteFor { get; private set; }

    /// <summary>Redraws the page; set by the page, as a wait's phases arrive between its events.</summary>
    public Func<Task> Redraw { get; set; } = () => Task.CompletedTask;

    /// <summary>Shows a warning the page pops up (a snackbar).</summary>
    public Action<string> Warn { get; set; } = _ => { };

    public async Task LoadAsync(int projectId)
    {
        ProjectId = projectId;
        View = await views.LoadAsync(projectId);
        ReferenceCm = View is not null && ReferenceCmSender.AnswersAsReferenceCm(View.Project);
        Loaded = true;
    }

    /// <returns>The element to focus after this render, once.</returns>
    public string? TakeFocus()
    {
        var id = focusNext;
        focusNext = null;
        return id;
    }

    public PastedMessages PastedFor(string testId) => pasted.TryGetValue(testId, out var kept) ? kept : pasted[testId] = new PastedMessages();

    public void OpenPaste(string testId) => (PasteFor, focusNext) = (testId, "pasted-group");

    public void ClosePaste() => PasteFor = null;

    public async Task StartAsync(string testId)
    {
        if (!user.CanChange || wait.Running is not null)
            return;
        (Status, focusNext) = (null, "reservation-phase");
        var played = await wait.PlayAsync(ProjectId, testId, user.Who, Redraw);
        Report(testId, played);
        // The waiting notice that had focus is gone; the answer in its place takes it.
        focusNext = StatusId;
        if (played.Value is not null)
            await SelectAsync(testId, null);
        await ReloadAsync();
    }

    public async Task SendAsReferenceAsync()
    {
        var sent = await wait.SendAsReferenceAsync(ProjectId);
        if (!sent.Succeeded)
            Warn(sent.Message);
    }

    public async Task RefuseNextAsync(bool refuse)
    {
        if (!user.CanChange)
            return;
        var switched = await wait.RefuseNextAsync(ProjectId, refuse);
        if (!switched.Succeeded)
            Warn(switched.Message);
        await ReloadAsync();
    }

    public async Task JudgePastedAsync()
    {
        if (!user.CanChange || PasteFor is not { } testId)
            return;
        Judging = true;
        try
        {
            var messages = PastedFor(testId);
            var judged = await paste.JudgeAsync(ProjectId, testId, messages.Group, messages.Confirmation, user.Who);
            Report(testId, judged);
            focusNext = StatusId;
            if (judged.Succeeded)
                await SelectAsync(testId, null);
            // A failed judgement keeps the form and its text, to fix and judge again.
            if (judged.Value?.Passed == true)
            {
                pasted.Remove(testId);
                PasteFor = null;
            }
        }
        finally
        {
            Judging = false;
        }
        await ReloadAsync();
    }

    /// <summary>A person confirms the half of a passed test they check.</summary>
    public async Task ConfirmAsync(string testId)
    {
        if (!user.CanChange)
            return;
        var confirmed = await tracker.ConfirmCheckAsync(ProjectId, testId, user.Who);
        Status = new StatusLine(testId, confirmed.Succeeded ? $"{testId} passed: checked by hand." : confirmed.Message, !confirmed.Succeeded);
        // The button that had focus is gone once the check is recorded; the answer in its place takes it.
        focusNext = StatusId;
        await ReloadAsync();
    }

    public Task SelectAsync(string testId, int? runId) => selection.SelectAsync(ProjectId, testId, runId);

    public void Dispose() => wait.Dispose();

    private void Report(string testId, Result<HarnessVerdict> outcome)
    {
        Status = StatusLine.Of(testId, outcome);
        if (outcome.Value is not null)
            foreach (var warning in outcome.Warnings)
                Warn(warning);
    }

    private async Task ReloadAsync() => View = await views.LoadAsync(ProjectId) ?? View;
}
