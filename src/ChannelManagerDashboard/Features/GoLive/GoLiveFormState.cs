using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.GoLive;

/// <summary>
/// The go-live form's entries with the version they were typed against (a field someone else saved differently
/// since is a conflict, not overwritten), and what the last save said.
/// </summary>
public sealed class GoLiveFormState
{
    private bool started;

    public GoLiveInput Input { get; private set; } = new();
    public GoLiveInput Baseline { get; private set; } = new();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>What the last save said; <see cref="Failed"/> when it was refused.</summary>
    public string? Message { get; private set; }
    public bool Failed { get; private set; }
    public bool Saving { get; private set; }

    /// <summary>Takes the stored plan once; later reloads leave what is typed alone.</summary>
    public void Start(GoLivePlan plan)
    {
        if (started)
            return;
        Input = GoLiveInput.From(plan);
        Baseline = Input.Copy();
        started = true;
    }

    public async Task<Result<GoLiveInput>> SaveAsync(Func<GoLiveInput, GoLiveInput, Task<Result<GoLiveInput>>> save)
    {
        Saving = true;
        try
        {
            var saved = await save(Input, Baseline);
            Errors = saved.Errors;
            (Message, Failed) = saved.Succeeded ? ("Saved. The checklist shows what is still open.", false) : (string.Join(" ", [saved.Message, .. saved.Notices]), true);
            if (saved.Succeeded)
                Input.ClientToken = "";
            // Saved, or refused over someone else's change: either way the next save is judged against what is stored now.
            if (saved.Value is { } stored)
                Baseline = stored;
            return saved;
        }
        finally
        {
            Saving = false;
        }
    }
}
