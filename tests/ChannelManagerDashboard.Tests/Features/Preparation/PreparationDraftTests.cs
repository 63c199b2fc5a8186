using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

/// <summary>The wizard's rules for unsaved work, over a real database: what stays on screen after saves and reloads.</summary>
public sealed class PreparationDraftTests : DatabaseTest
{
    private async Task<PreparationState> LoadAsync(int id) => (await Services.Preparation.LoadAsync(id))!;

    private async Task<Result> SaveAsync(int id, PreparationDraft draft, string step, StepStatus? status = null, Action? whileSaving = null)
    {
        var edit = draft.EditFor(step, status);
        var result = await Services.Preparation.SaveStepAsync(id, edit, "Jana");
        whileSaving?.Invoke();
        draft.AfterSave(await LoadAsync(id), edit, result);
        return result;
    }

    [Fact]
    public async Task Edits_mark_only_their_own_step_as_unsaved()
    {
        var draft = new PreparationDraft(await LoadAsync(await Services.CreateProjectAsync()));
        Assert.False(draft.HasChanges);

        draft.Fields.Endpoints.UpdatePrices = "https://changed.example/prices";
        draft.Notes["P5"] = "a note";

        Assert.True(draft.HasChanges);
        Assert.Equal(["P2", "P5"], PreparationSteps.All.Select(s => s.Code).Where(draft.HasChangesFor));
    }

    [Fact]
    public async Task Saving_one_step_keeps_the_unsaved_edits_of_the_others()
    {
        var id = await Services.CreateProjectAsync();
        var draft = new PreparationDraft(await LoadAsync(id));
        draft.Fields.TechnicalDetails = "  typed for P1  ";
        draft.Notes["P1"] = "P1 notes";
        draft.Fields.Endpoints.UpdatePrices = "https://unsaved.example/prices";

        Assert.True((await SaveAsync(id, draft, "P1")).Succeeded);

        Assert.False(draft.HasChangesFor("P1"));
        Assert.Equal("typed for P1", draft.Fields.TechnicalDetails);
        Assert.True(draft.HasChangesFor("P2"));
        Assert.Equal("https://unsaved.example/prices", draft.Fields.Endpoints.UpdatePrices);
        Assert.Equal("https://cm.example.com/mews/updatePrices", (await LoadAsync(id)).Project.Endpoints.UpdatePrices);
    }

    [Fact]
    public async Task A_refused_partner_id_stays_on_screen_and_unsaved()
    {
        var id = await Services.CreateProjectAsync();
        var draft = new PreparationDraft(await LoadAsync(id));
        draft.Fields.PartnerId = "INT-12";
        draft.Fields.PilotPropertyName = "Pilot B";

        var result = await SaveAsync(id, draft, "P1");

        Assert.True(result.Errors.ContainsKey(nameof(PreparationInput.PartnerId)));
        Assert.Equal("INT-12", draft.Fields.PartnerId);
        Assert.True(draft.HasChangesFor("P1"));
        Assert.Equal("Pilot B", draft.State.Project.PilotPropertyName);
    }

    [Fact]
    public async Task A_reload_shows_others_saves_for_untouched_steps_and_keeps_local_edits()
    {
        var id = await Services.CreateProjectAsync();
        var mine = new PreparationDraft(await LoadAsync(id));
        var theirs = new PreparationDraft(await LoadAsync(id));
        mine.Notes["P4"] = "my unsaved note";
        theirs.Fields.CertificationCallTimeZone = "Europe/Prague";
        theirs.Notes["P4"] = "their saved note";
        await SaveAsync(id, theirs, "P9");
        await SaveAsync(id, theirs, "P4");

        mine.Rebase(await LoadAsync(id));

        Assert.Equal("Europe/Prague", mine.Fields.CertificationCallTimeZone);
        Assert.False(mine.HasChangesFor("P9"));
        Assert.Equal("my unsaved note", mine.Notes["P4"]);
        Assert.True(mine.HasChangesFor("P4"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Someone_elses_change_to_a_field_being_edited_is_a_conflict_and_their_other_fields_survive(bool reloadFirst)
    {
        var id = await Services.CreateProjectAsync();
        var mine = new PreparationDraft(await LoadAsync(id));
        var theirs = new PreparationDraft(await LoadAsync(id));
        mine.Fields.TechnicalDetails = "mine";
        theirs.Fields.TechnicalDetails = "theirs";
        theirs.Fields.PilotPropertyName = "their pilot";
        await SaveAsync(id, theirs, "P1");
        if (reloadFirst)
            mine.Rebase(await LoadAsync(id));

        var result = await SaveAsync(id, mine, "P1");

        Assert.StartsWith("Someone else changed the technical details of P1", result.Errors[Result.ConflictField]);
        Assert.Equal("mine", mine.Fields.TechnicalDetails);
        Assert.Equal("their pilot", mine.Fields.PilotPropertyName);
        Assert.True((await SaveAsync(id, mine, "P1")).Succeeded);
        var stored = (await LoadAsync(id)).Project;
        Assert.Equal("mine", stored.TechnicalDetails);
        Assert.Equal("their pilot", stored.PilotPropertyName);
    }

    [Fact]
    public async Task Typing_while_a_save_runs_is_kept_as_unsaved()
    {
        var id = await Services.CreateProjectAsync();
        var draft = new PreparationDraft(await LoadAsync(id));
        draft.Fields.TechnicalDetails = "sent";
        draft.Notes["P1"] = "sent note";

        await SaveAsync(id, draft, "P1", whileSaving: () => draft.Fields.TechnicalDetails = "typed during the save");

        Assert.Equal("typed during the save", draft.Fields.TechnicalDetails);
        Assert.True(draft.HasChangesFor("P1"));
        Assert.Equal("sent note", draft.Notes["P1"]);
        Assert.Equal("sent", (await LoadAsync(id)).Project.TechnicalDetails);
    }

    [Fact]
    public async Task Unmet_rules_follow_what_is_typed()
    {
        var draft = new PreparationDraft(await LoadAsync(await Services.CreateProjectAsync()));
        Assert.NotEmpty(draft.UnmetFor("P1"));

        draft.Fields.TechnicalDetails = "ARI + bookings";

        Assert.Empty(draft.UnmetFor("P1"));
        Assert.All(draft.UnmetFor("P2"), unmet => Assert.Contains("probe it", unmet));
        draft.Fields.Endpoints.UpdatePrices = "prices";
        Assert.Contains(draft.UnmetFor("P2"), unmet => unmet.StartsWith("Update prices: 'prices' is not an absolute URL", StringComparison.Ordinal));
    }
}
