using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

public sealed class PreparationServiceTests : DatabaseTest
{
    private async Task<PreparationState> LoadAsync(int id) => (await Reopened().Preparation.LoadAsync(id))!;

    private static PreparationInput Fields(PreparationState state) => PreparationInput.From(state.Project);

    [Fact]
    public async Task A_new_project_has_nine_steps_not_started_and_P1_next()
    {
        var state = await LoadAsync(await Services.CreateProjectAsync());

        Assert.Equal(9, state.Steps.Count);
        Assert.All(state.Steps, s => Assert.Equal(StepStatus.NotStarted, s.Status));
        Assert.Equal(0, state.DoneCount);
        Assert.Equal("P1", state.Next!.Step.Code);
    }

    [Fact]
    public async Task Marking_P1_done_with_its_fields_persists_status_notes_who_and_when()
    {
        var id = await Services.CreateProjectAsync();
        var fields = Fields(await LoadAsync(id));
        fields.TechnicalDetails = "ARI and bookings; gross prices";

        var result = await Services.Preparation.SaveStepAsync(id, "P1", fields, "Emailed Mews on Monday", StepStatus.Done, "Jana");

        Assert.True(result.Succeeded);
        var state = await LoadAsync(id);
        var p1 = state["P1"];
        Assert.Equal(StepStatus.Done, p1.Status);
        Assert.Equal("Emailed Mews on Monday", p1.Notes);
        Assert.Equal("Jana", p1.UpdatedBy);
        Assert.Equal(Clock.Now, p1.UpdatedAt);
        Assert.Equal("ARI and bookings; gross prices", state.Project.TechnicalDetails);
        Assert.Equal(1, state.DoneCount);
        Assert.Equal("P2", state.Next!.Step.Code);
    }

    [Fact]
    public async Task A_refused_done_still_saves_what_was_typed()
    {
        var id = await Services.CreateProjectAsync();
        var fields = Fields(await LoadAsync(id));
        fields.Endpoints.UpdatePrices = "http://cm.example.com/updatePrices";

        var result = await Services.Preparation.SaveStepAsync(id, "P2", fields, "draft", StepStatus.Done, "Jana");

        Assert.False(result.Succeeded);
        Assert.Contains("Update prices", result.Errors["P2"]);
        Assert.Contains("Your other entries and notes were saved.", result.Notices);
        var state = await LoadAsync(id);
        Assert.Equal(StepStatus.InProgress, state["P2"].Status);
        Assert.Equal("draft", state["P2"].Notes);
        Assert.Equal("http://cm.example.com/updatePrices", state.Project.Endpoints.UpdatePrices);
    }

    [Fact]
    public async Task An_invalid_partner_id_is_refused_and_the_previous_one_kept()
    {
        var id = await Services.CreateProjectAsync();
        var fields = Fields(await LoadAsync(id));
        fields.PartnerId = "12345";
        fields.PilotPropertyName = "New pilot";

        var result = await Services.Preparation.SaveStepAsync(id, "P1", fields, "", null, "Jana");

        Assert.Contains("INT123456", result.Errors[nameof(PreparationInput.PartnerId)]);
        var state = await LoadAsync(id);
        Assert.Equal("INT123456", state.Project.PartnerId);
        Assert.Equal("New pilot", state.Project.PilotPropertyName);
    }

    [Fact]
    public async Task Breaking_a_done_step_reopens_it_and_says_so()
    {
        var id = await Services.CreateProjectAsync();
        var fields = Fields(await LoadAsync(id));
        Assert.True((await Services.Preparation.SaveStepAsync(id, "P2", fields, "", StepStatus.Done, "Jana")).Succeeded);
        Assert.True((await Services.Preparation.SaveStepAsync(id, "P3", fields, "", StepStatus.Done, "Jana")).Succeeded);
        fields.Endpoints.ConfirmBooking = "";

        var result = await Services.Preparation.SaveStepAsync(id, "P1", fields, "", null, "Petr");

        Assert.Contains(result.Notices, n => n.StartsWith("P2 went back to In progress"));
        Assert.Contains(result.Notices, n => n.StartsWith("P3 went back to In progress"));
        var state = await LoadAsync(id);
        Assert.Equal(StepStatus.InProgress, state["P2"].Status);
        Assert.Equal("Petr", state["P3"].UpdatedBy);
    }

    [Fact]
    public async Task Blocked_steps_come_after_open_ones_as_the_next_thing_to_do()
    {
        var id = await Services.CreateProjectAsync();
        var fields = Fields(await LoadAsync(id));
        await Services.Preparation.SaveStepAsync(id, "P1", fields, "Waiting for the partner ID", StepStatus.Blocked, "Jana");

        var state = await LoadAsync(id);

        Assert.Equal(StepStatus.Blocked, state["P1"].Status);
        Assert.Equal("P2", state.Next!.Step.Code);
    }

    [Fact]
    public async Task The_certification_file_is_stored_replaced_and_gates_P8()
    {
        var id = await Services.CreateProjectAsync();
        var fields = Fields(await LoadAsync(id));
        Assert.False((await Services.Preparation.SaveStepAsync(id, "P8", fields, "", StepStatus.Done, "Jana")).Succeeded);

        await Services.Preparation.SaveCertificationFileAsync(id, "certification.xlsx", "application/vnd.ms-excel", new MemoryStream([1, 2, 3]), "Jana");
        var upload = await Services.Preparation.SaveCertificationFileAsync(id, "../../certification-v2.xlsx", "", new MemoryStream([4, 5]), "Petr");

        Assert.True(upload.Succeeded);
        var file = await Services.Preparation.GetCertificationFileAsync(id);
        Assert.Equal("certification-v2.xlsx", file!.FileName);
        Assert.Equal([4, 5], file.Content);
        Assert.Equal("application/octet-stream", file.ContentType);
        Assert.Equal(2, (await LoadAsync(id)).File!.Size);
        Assert.True((await Services.Preparation.SaveStepAsync(id, "P8", fields, "", StepStatus.Done, "Jana")).Succeeded);
    }

    [Fact]
    public async Task Oversized_and_empty_files_are_refused_and_the_stored_one_kept()
    {
        var id = await Services.CreateProjectAsync();
        await Services.Preparation.SaveCertificationFileAsync(id, "ok.xlsx", "", new MemoryStream([1]), "Jana");

        var tooBig = await Services.Preparation.SaveCertificationFileAsync(id, "big.xlsx", "", new MemoryStream(new byte[1025]), "Jana");
        var empty = await Services.Preparation.SaveCertificationFileAsync(id, "empty.xlsx", "", new MemoryStream(), "Jana");

        Assert.Contains("larger than", tooBig.Errors["File"]);
        Assert.Contains("is empty", empty.Errors["File"]);
        Assert.Equal("ok.xlsx", (await Services.Preparation.GetCertificationFileAsync(id))!.FileName);
    }

    [Fact]
    public async Task P9_keeps_the_wall_clock_time_and_its_zone()
    {
        var id = await Services.CreateProjectAsync();
        var fields = Fields(await LoadAsync(id));
        fields.CertificationCallAt = new DateTime(2026, 12, 3, 14, 30, 0);
        fields.CertificationCallTimeZone = "Europe/Amsterdam";

        Assert.True((await Services.Preparation.SaveStepAsync(id, "P9", fields, "", StepStatus.Done, "Jana")).Succeeded);

        var project = (await LoadAsync(id)).Project;
        Assert.Equal(new DateTime(2026, 12, 3, 14, 30, 0), project.CertificationCallAt);
        Assert.Equal("Europe/Amsterdam", project.CertificationCallTimeZone);
    }

    [Fact]
    public async Task An_unknown_step_is_refused()
    {
        var id = await Services.CreateProjectAsync();

        var result = await Services.Preparation.SaveStepAsync(id, "P10", new PreparationInput(), "", StepStatus.Done, "Jana");

        Assert.Contains("no preparation step 'P10'", result.Errors["Step"]);
    }

    [Fact]
    public async Task A_missing_project_is_reported_not_thrown()
    {
        Assert.Null(await Services.Preparation.LoadAsync(77));
        var result = await Services.Preparation.SaveStepAsync(77, "P1", new PreparationInput(), "", null, "Jana");
        Assert.Contains("no longer exists", result.Errors.Values.Single());
        Assert.False((await Services.Preparation.SaveCertificationFileAsync(77, "a.xlsx", "", new MemoryStream([1]), "Jana")).Succeeded);
    }
}
