using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.Preparation;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

public sealed class PreparationServiceTests : DatabaseTest
{
    private async Task<PreparationState> LoadAsync(int id) => (await Reopened().Preparation.LoadAsync(id))!;

    /// <summary>Every endpoint of the project answered the probe at its current URL, as after a good "Probe the endpoints".</summary>
    private async Task ProbedAsync(int id)
    {
        var endpoints = (await LoadAsync(id)).Project.Endpoints;
        await using var db = await Database.Factory.CreateDbContextAsync();
        db.EndpointProbes.AddRange(ChannelManagerDashboard.Domain.Mews.CmEndpoints.Operations.Zip(endpoints.Describe(), (o, e) =>
            new EndpointProbe { ProjectId = id, Operation = o.Path, Url = e.Url, Answered = true, ProbedBy = "Jana", ProbedAt = Clock.Now }));
        await db.SaveChangesAsync();
    }

    /// <summary>A passing Play Mews run of INV-06 that reached the three inventory endpoints and Confirm booking at their current URLs.</summary>
    private async Task PassingRunAsync(int id, DateTimeOffset at)
    {
        var endpoints = (await LoadAsync(id)).Project.Endpoints;
        var evidence = new[] { "updateAvailability", "updatePrices", "updateRestrictions", "confirmGroup" }.Select(path =>
            new ChannelManagerDashboard.Features.PlayMews.ExchangeEvidence(path, endpoints.UrlFor(path), at, "{}", 2, 200, "{\"success\": true}", 40, "success", [], [], false,
                ChannelManagerDashboard.Features.PlayMews.ReplayTokens.None)).ToList();
        var result = new ChannelManagerDashboard.Features.PlayMews.HarnessVerdict("INV-06", at, [], [], [], 40, 8, evidence);
        await using var db = await Database.Factory.CreateDbContextAsync();
        db.HarnessRuns.Add(new ChannelManagerDashboard.Features.PlayMews.HarnessRun
        {
            ProjectId = id, TestId = "INV-06", StartedAt = at, Passed = true, RunBy = "Petr",
            VerdictGzip = ChannelManagerDashboard.Features.PlayMews.HarnessVerdictJson.Compress(result),
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_passing_run_counts_as_the_probe_of_the_endpoints_it_reached_and_ticks_P2()
    {
        var id = await Services.CreateProjectAsync();
        await PassingRunAsync(id, Clock.Now);

        var synced = await Services.Preparation.SyncAutomaticStepsAsync(id, "Petr");

        Assert.Contains("P2 is done.", synced.Notices);
        var probes = (await LoadAsync(id)).Facts.Probes;
        Assert.True(probes["updatePrices"].Answered);
        Assert.Equal("Petr", probes["updatePrices"].ProbedBy);
        Assert.DoesNotContain("changeNotificaton", probes.Keys);
    }

    [Fact]
    public async Task A_probe_that_failed_after_the_passing_run_still_counts()
    {
        var id = await Services.CreateProjectAsync();
        await PassingRunAsync(id, Clock.Now);
        var url = (await LoadAsync(id)).Project.Endpoints.UpdatePrices;
        await using (var db = await Database.Factory.CreateDbContextAsync())
        {
            db.EndpointProbes.Add(new EndpointProbe { ProjectId = id, Operation = "updatePrices", Url = url, Answered = false, Problem = "HTTP 500", ProbedBy = "Jana", ProbedAt = Clock.Now.AddMinutes(5) });
            await db.SaveChangesAsync();
        }

        await Services.Preparation.SyncAutomaticStepsAsync(id, "Petr");

        var state = await LoadAsync(id);
        Assert.False(state.Facts.Probes["updatePrices"].Answered);
        Assert.NotEqual(StepStatus.Done, state["P2"].Status);
    }

    /// <summary>What a page does: load, type, save one step against what it loaded.</summary>
    private async Task<Result> SaveAsync(int id, string step, Action<PreparationInput>? type = null, string? notes = null,
        StepStatus? status = null, string who = "Jana", PreparationState? loaded = null)
    {
        var state = loaded ?? await LoadAsync(id);
        var baseline = PreparationInput.From(state.Project);
        var typed = baseline.Copy();
        type?.Invoke(typed);
        return await Services.Preparation.SaveStepAsync(id,
            new StepEdit(step, typed, baseline, notes ?? state[step].Notes, state[step].Notes, status), who);
    }

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

        var result = await SaveAsync(id, "P1", f => f.TechnicalDetails = "ARI and bookings; gross prices", "Emailed Mews on Monday", StepStatus.Done);

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

        var result = await SaveAsync(id, "P2", f => f.Endpoints.UpdatePrices = "http://cm.example.com/updatePrices", "draft", StepStatus.Done);

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
        var input = Services.ValidInput();
        input.PartnerId = "INT555";
        var id = await Services.CreateProjectAsync(input);

        var result = await SaveAsync(id, "P1", f => (f.PartnerId, f.PilotPropertyName) = ("12345", "New pilot"));

        Assert.Contains("The previous Partner ID (INT555) is kept", result.Errors[nameof(PreparationInput.PartnerId)]);
        var state = await LoadAsync(id);
        Assert.Equal("INT555", state.Project.PartnerId);
        Assert.Equal("New pilot", state.Project.PilotPropertyName);
    }

    [Fact]
    public async Task Saving_a_step_writes_only_that_steps_fields()
    {
        var id = await Services.CreateProjectAsync();
        var loadedByBob = await LoadAsync(id);
        await SaveAsync(id, "P9", f => (f.CertificationCallAt, f.CertificationCallTimeZone) = (new DateTime(2026, 12, 3, 14, 0, 0), "Europe/Prague"),
            status: StepStatus.Done, who: "Alice");

        var bob = await SaveAsync(id, "P4", notes: "Waiting for Mews", who: "Bob", loaded: loadedByBob);

        Assert.True(bob.Succeeded);
        var state = await LoadAsync(id);
        Assert.Equal(new DateTime(2026, 12, 3, 14, 0, 0), state.Project.CertificationCallAt);
        Assert.Equal(StepStatus.Done, state["P9"].Status);
        Assert.Equal("Waiting for Mews", state["P4"].Notes);
    }

    [Fact]
    public async Task A_conflicting_edit_of_the_same_step_is_refused_and_can_be_saved_again_knowingly()
    {
        var id = await Services.CreateProjectAsync();
        var loadedByBob = await LoadAsync(id);
        await SaveAsync(id, "P2", f => f.Endpoints.UpdatePrices = "https://alice.example/prices", who: "Alice");

        var bob = await SaveAsync(id, "P2", f => f.Endpoints.UpdatePrices = "https://bob.example/prices", who: "Bob", loaded: loadedByBob);

        Assert.StartsWith("Someone else changed the Update prices URL of P2", bob.Errors[Result.ConflictField]);
        Assert.Equal("https://alice.example/prices", (await LoadAsync(id)).Project.Endpoints.UpdatePrices);
        Assert.True((await SaveAsync(id, "P2", f => f.Endpoints.UpdatePrices = "https://bob.example/prices", who: "Bob")).Succeeded);
    }

    [Fact]
    public async Task Conflicting_notes_are_refused_but_a_status_click_keeps_the_other_persons_notes()
    {
        var id = await Services.CreateProjectAsync();
        var loadedByBob = await LoadAsync(id);
        await SaveAsync(id, "P3", notes: "Alice's notes", who: "Alice");

        var conflicting = await SaveAsync(id, "P3", notes: "Bob's notes", who: "Bob", loaded: loadedByBob);
        var statusOnly = await SaveAsync(id, "P3", status: StepStatus.Done, who: "Bob", loaded: loadedByBob);

        Assert.True(conflicting.Errors.ContainsKey(Result.ConflictField));
        Assert.True(statusOnly.Succeeded);
        var p3 = (await LoadAsync(id))["P3"];
        Assert.Equal("Alice's notes", p3.Notes);
        Assert.Equal(StepStatus.Done, p3.Status);
    }

    [Fact]
    public async Task Breaking_a_done_step_reopens_it_and_says_so()
    {
        var id = await Services.CreateProjectAsync();
        await ProbedAsync(id);
        Assert.True((await SaveAsync(id, "P2", status: StepStatus.Done)).Succeeded);
        Assert.True((await SaveAsync(id, "P3", status: StepStatus.Done)).Succeeded);

        var result = await SaveAsync(id, "P2", f => f.Endpoints.ConfirmBooking = "", who: "Petr");

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
        await SaveAsync(id, "P1", notes: "Waiting for the partner ID", status: StepStatus.Blocked);

        var state = await LoadAsync(id);

        Assert.Equal(StepStatus.Blocked, state["P1"].Status);
        Assert.Equal("P2", state.Next!.Step.Code);
    }

    [Fact]
    public async Task The_certification_file_is_stored_replaced_and_gates_P8()
    {
        var id = await Services.CreateProjectAsync();
        Assert.False((await SaveAsync(id, "P8", status: StepStatus.Done)).Succeeded);

        await Services.CertificationFiles.SaveAsync(id, "certification.xlsx", "application/vnd.ms-excel", new MemoryStream([1, 2, 3]), "Jana");
        Clock.Now = Clock.Now.AddMinutes(1);
        var upload = await Services.CertificationFiles.SaveAsync(id, "../../certification-v2.xlsx", "", new MemoryStream([4, 5]), "Petr");

        Assert.True(upload.Succeeded);
        var file = await Services.CertificationFiles.GetAsync(id);
        Assert.Equal("certification-v2.xlsx", file!.FileName);
        Assert.Equal([4, 5], file.Content);
        Assert.Equal("application/octet-stream", file.ContentType);
        var state = await LoadAsync(id);
        Assert.Equal(2, state.File!.Size);
        Assert.Equal(Clock.Now, state.Project.UpdatedAt);
        Assert.True((await SaveAsync(id, "P8", status: StepStatus.Done)).Succeeded);
    }

    [Theory]
    [InlineData("setup.exe", "MZ")]
    [InlineData("photo.png", "png")]
    [InlineData("notes", "text")]
    [InlineData("certification.xlsx", "MZ")]
    public async Task A_file_that_is_not_a_spreadsheet_document_or_PDF_is_refused_naming_the_allowed_types_and_the_stored_one_kept(string name, string start)
    {
        var id = await Services.CreateProjectAsync();
        await Services.CertificationFiles.SaveAsync(id, "ok.xlsx", "", new MemoryStream([1]), "Jana");

        var refused = await Services.CertificationFiles.SaveAsync(id, name, "", new MemoryStream(System.Text.Encoding.ASCII.GetBytes(start + "rest")), "Petr");

        Assert.Contains($"'{name}'", refused.Errors["File"]);
        Assert.Contains("Upload a spreadsheet, document or PDF (.xlsx .xls .ods .csv .docx .doc .odt .pdf)", refused.Errors["File"]);
        Assert.Equal("ok.xlsx", (await Services.CertificationFiles.GetAsync(id))!.FileName);
    }

    [Theory]
    [InlineData("certification.XLSX")]
    [InlineData("answers.ods")]
    [InlineData("export.csv")]
    [InlineData("filled.docx")]
    [InlineData("signed.pdf")]
    public async Task Spreadsheets_documents_and_PDFs_are_stored(string name)
    {
        var id = await Services.CreateProjectAsync();

        Assert.True((await Services.CertificationFiles.SaveAsync(id, name, "", new MemoryStream("%PDF or PK"u8.ToArray()), "Jana")).Succeeded);
        Assert.Equal(name, (await Services.CertificationFiles.GetAsync(id))!.FileName);
    }

    [Fact]
    public async Task A_time_zone_not_from_the_list_is_refused_with_close_matches_not_saved_and_P9_not_done()
    {
        var id = await Services.CreateProjectAsync();
        await SaveAsync(id, "P9", f => (f.CertificationCallAt, f.CertificationCallTimeZone) = (new DateTime(2026, 12, 3, 14, 0, 0), "UTC"));

        var refused = await SaveAsync(id, "P9", f => f.CertificationCallTimeZone = "Europe/Prag", status: StepStatus.Done);

        Assert.False(refused.Succeeded);
        Assert.Contains("'Europe/Prag' is not a time zone the dashboard knows, so it is not saved. Did you mean Europe/Prague",
            refused.Errors[nameof(PreparationInput.CertificationCallTimeZone)]);
        var state = await LoadAsync(id);
        // The zone the user replaced is not theirs any more, and the typed one is not a zone: none is stored.
        Assert.Equal("", state.Project.CertificationCallTimeZone);
        Assert.NotEqual(StepStatus.Done, state["P9"].Status);
    }

    [Fact]
    public async Task Step_notes_and_technical_details_over_the_limit_are_refused_whole_and_nothing_is_cut()
    {
        var id = await Services.CreateProjectAsync();
        var tooLong = new string('x', TextLimit.Notes + 1);

        var notes = await SaveAsync(id, "P4", notes: tooLong);
        var details = await SaveAsync(id, "P1", f => f.TechnicalDetails = tooLong);

        Assert.Contains("Notes: 20,001 characters: 1 over the limit of 20,000", notes.Errors["P4"]);
        Assert.Contains("Technical details: 20,001 characters", details.Errors["P1"]);
        var state = await LoadAsync(id);
        Assert.Equal("", state["P4"].Notes);
        Assert.NotEqual(tooLong, state.Project.TechnicalDetails);
    }

    [Fact]
    public async Task Oversized_and_empty_files_are_refused_and_the_stored_one_kept()
    {
        var id = await Services.CreateProjectAsync();
        await Services.CertificationFiles.SaveAsync(id, "ok.xlsx", "", new MemoryStream([1]), "Jana");

        var tooBig = await Services.CertificationFiles.SaveAsync(id, "big.xlsx", "", new MemoryStream(new byte[1025]), "Jana");
        var empty = await Services.CertificationFiles.SaveAsync(id, "empty.xlsx", "", new MemoryStream(), "Jana");

        Assert.StartsWith("'big.xlsx' is larger than 1 KB, the limit.", tooBig.Errors["File"]);
        Assert.Contains("'empty.xlsx' is empty", empty.Errors["File"]);
        Assert.Equal("ok.xlsx", (await Services.CertificationFiles.GetAsync(id))!.FileName);
        Assert.True(Services.CertificationFiles.CheckSize("exact.xlsx", 1024).Succeeded);
    }

    [Fact]
    public async Task P9_keeps_the_wall_clock_time_and_its_zone()
    {
        var id = await Services.CreateProjectAsync();

        var result = await SaveAsync(id, "P9",
            f => (f.CertificationCallAt, f.CertificationCallTimeZone) = (new DateTime(2026, 12, 3, 14, 30, 0), "Europe/Amsterdam"),
            status: StepStatus.Done);

        Assert.True(result.Succeeded);
        var project = (await LoadAsync(id)).Project;
        Assert.Equal(new DateTime(2026, 12, 3, 14, 30, 0), project.CertificationCallAt);
        Assert.Equal("Europe/Amsterdam", project.CertificationCallTimeZone);
    }

    [Fact]
    public async Task An_unknown_step_is_refused()
    {
        var id = await Services.CreateProjectAsync();
        var edit = new StepEdit("P10", new PreparationInput(), new PreparationInput(), "", "", StepStatus.Done);

        var result = await Services.Preparation.SaveStepAsync(id, edit, "Jana");

        Assert.Contains("no preparation step 'P10'", result.Errors["Step"]);
    }

    [Fact]
    public async Task A_missing_project_is_reported_not_thrown()
    {
        Assert.Null(await Services.Preparation.LoadAsync(77));
        var edit = new StepEdit("P1", new PreparationInput(), new PreparationInput(), "", "", null);
        Assert.Contains("no longer exists", (await Services.Preparation.SaveStepAsync(77, edit, "Jana")).Errors.Values.Single());
        Assert.False((await Services.CertificationFiles.SaveAsync(77, "a.xlsx", "", new MemoryStream([1]), "Jana")).Succeeded);
    }
}
