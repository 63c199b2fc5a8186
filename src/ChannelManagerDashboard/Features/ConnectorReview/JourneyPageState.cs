using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>The journey page's form: what is stored, what the user typed over it, and the problems of the last save.</summary>
public sealed class JourneyPageState(ConnectorJourneyService journeys)
{
    private JourneyInput saved = new();

    public ConnectorView? View { get; private set; }
    public JourneyInput Input { get; private set; } = new();
    public IReadOnlyDictionary<string, string>? Errors { get; private set; }

    /// <summary>The first load is done: a missing view means the project is gone.</summary>
    public bool Loaded { get; private set; }

    public bool Saving { get; private set; }
    public bool HasChanges => !Input.IsSameAs(saved);

    /// <summary>Stored values replace the form only while the user has not typed over them.</summary>
    public async Task LoadAsync(int projectId, bool replaceInput)
    {
        View = await journeys.LoadAsync(projectId);
        Loaded = true;
        if (View is null)
            return;
        var stored = JourneyInput.From(View.Journey);
        if (replaceInput || Input.IsSameAs(saved))
            Input = stored.Copy();
        saved = stored;
    }

    /// <summary>Saves what the form holds; entries typed while it saved stay in the form.</summary>
    public async Task<Result> SaveAsync(int projectId, string who)
    {
        Saving = true;
        try
        {
            var sent = Input.Copy();
            var result = await journeys.SaveJourneyAsync(projectId, sent, who);
            Errors = result.Errors;
            if (result.Succeeded)
                await LoadAsync(projectId, replaceInput: Input.IsSameAs(sent));
            return result;
        }
        finally
        {
            Saving = false;
        }
    }
}
