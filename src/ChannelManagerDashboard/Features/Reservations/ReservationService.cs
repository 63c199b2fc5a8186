using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Inventory;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Configuration;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Features.MewsApi;
using ChannelManagerDashboard.Features.PlayMews;
using ChannelManagerDashboard.Features.PropertyConnections;
using ChannelManagerDashboard.Features.Reservations.Scenarios;
using ChannelManagerDashboard.Features.TestTracker;
using ChannelManagerDashboard.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ChannelManagerDashboard.Features.Reservations;

/// <summary>
/// Plays Mews for the bookings a channel manager sends: waits for its Process group on the simulator, judges it,
/// confirms it on the CM's endpoint, judges that answer, and keeps it all as a run with the tracker updated.
/// Against Mews Demo the same rules judge what the team pastes.
/// </summary>
public sealed class ReservationService(
    IDbContextFactory<DashboardDbContext> dbFactory,
    MappingService mappings,
    ConnectionService connections,
    PlayMewsService playMews,
    TestTrackerService tracker,
    MewsSimulator.MewsSimulator simulator,
    ReferenceCm.ReferenceChannelManager referenceCm,
    MewsBaseUrls baseUrls,
    SelfAddress self,
    CmCaller caller,
    HarnessSettings harness,
    ReservationSettings settings,
    TimeProvider clock,
    ILogger<ReservationService> log)
{
    public const string ProcessGroupLabel = "Process group (CM → Mews)";
    public const string ConfirmLabel = "Confirm booking (Mews → CM)";

    /// <summary>Why a live test does not wait on a connection whose token is one of the seed's, which anyone may read.</summary>
    public const string PublicTokenProblem = "This project's connection has the simulator's public example token, which anyone can send bookings with. " +
        "In P4, press Get properties and pick the connection again: the project then gets a token of its own for your channel manager to send its bookings with.";

    public async Task<ReservationsView?> LoadAsync(int projectId)
    {
        var loaded = await LoadContextAsync(projectId);
        if (loaded is null)
            return null;
        var (mapping, channels) = loaded.Value;
        var scenarios = mapping.Configuration is { } configuration ? ScenarioBuilder.All(Inputs(projectId, configuration, mapping, channels)) : [];
        var latest = await LatestAsync(projectId);
        var rows = (await tracker.ListAsync(projectId)).Where(r => ReservationTest.Find(r.Test.Id) is not null).ToDictionary(r => r.Test.Id);
        var live = baseUrls.IsThisApp(mapping.Project.Environment);
        var tokens = mapping.Connection is { } connection ? (await connections.TokensForAsync(projectId, connection.Id)).Value : null;
        var own = live && tokens is not null && simulator.Connections.IsProjects(projectId, tokens.ConnectionToken.Reveal()) ? tokens.ConnectionToken : null;
        return new ReservationsView(mapping.Project, mapping.Connection, scenarios, latest, rows, live, mapping.Problem,
            tokens is not null && simulator.Bookings.RefusesNext(tokens.ConnectionToken.Reveal()), own);
    }

    /// <summary>
    /// The built-in reference channel manager sends the test's example booking to the simulator, as a partner's CM
    /// would, and remembers it so it accepts the Confirm booking. Only when P2 points at the reference CM.
    /// </summary>
    public async Task<Result> SendAsReferenceCmAsync(int projectId, string testId)
    {
        if (ReservationTest.Find(testId) is not { } test)
            return Result.Invalid("Test", $"There is no reservation test '{testId}'.");
        var loaded = await LoadContextAsync(projectId);
        var found = await LiveTokensAsync(projectId, loaded?.Mapping);
        if (found.Value is not { } tokens)
            return found;
        if (loaded is not var (mapping, channels) || mapping.Configuration is not { } configuration)
            return Result.Invalid(Result.Whole, "Fetch the property's configuration first (P5).");
        if (!AnswersAsReferenceCm(mapping.Project))
            return Result.Invalid(Result.Whole, "P2 does not point at the reference channel manager, so it would not know the booking. Send it from your channel manager.");
        var scenario = ScenarioBuilder.Build(test, Inputs(projectId, configuration, mapping, channels));
        if (scenario.Payload is not { } payload)
            return Result.Invalid(Result.Whole, scenario.Problem ?? "This test has no example booking.");
        payload["clientToken"] = tokens.ClientToken.Reveal();
        payload["connectionToken"] = tokens.ConnectionToken.Reveal();
        // A new id per send, as a CM gives every message its own.
        payload["messageId"] = $"{payload["messageId"]}-{clock.GetUtcNow():HHmmssfff}";
        referenceCm.RecordSent(payload["channelManagerId"]!.GetValue<string>(),
            (payload["reservations"] as JsonArray ?? []).Select(r => r?["code"]?.GetValue<string>()).OfType<string>());
        var answer = simulator.ProcessGroup("application/json", payload.ToJsonString());
        log.LogInformation("The reference CM sent the {TestId} booking in project {ProjectId}; the simulator answered {Answer}", test.Id, projectId, answer.ToJsonString());
        return Result.Ok();
    }

    /// <summary>P2's confirmGroup is the built-in reference channel manager, which can send the tests' bookings itself.</summary>
    public static bool AnswersAsReferenceCm(CertificationProject project) =>
        project.Environment == MewsEnvironment.Simulator
        && Uri.TryCreate(project.Endpoints.UrlFor(CmOperation.ConfirmGroup), UriKind.Absolute, out var url)
        && url.AbsolutePath == ReferenceCm.ReferenceCmExtensions.BasePath + "/" + CmOperation.ConfirmGroup;

    /// <summary>The ERR-06 switch: the simulator refuses the connection's next booking with code 7.</summary>
    public async Task<Result> RefuseNextAsync(int projectId, bool refuse)
    {
        var found = await LiveTokensAsync(projectId, await mappings.LoadAsync(projectId, null));
        if (found.Value is not { } tokens)
            return found;
        simulator.Bookings.RefuseNext(tokens.ConnectionToken.Reveal(), refuse);
        log.LogInformation("ERR-06 switch {State} for project {ProjectId}", refuse ? "on" : "off", projectId);
        return Result.Ok();
    }

    /// <summary>
    /// Waits for the channel manager's next Process group on the project's connection and plays Mews for it.
    /// ERR-06 then watches for the refused booking to be sent again.
    /// </summary>
    public async Task<Result<HarnessResult>> PlayAsync(int projectId, string testId, string who, IProgress<ReservationPhase>? progress, CancellationToken cancellation)
    {
        if (ReservationTest.Find(testId) is not { } test)
            return Result.Invalid("Test", $"There is no reservation test '{testId}'.").As<HarnessResult>();
        var loaded = await LoadContextAsync(projectId);
        var found = await LiveTokensAsync(projectId, loaded?.Mapping);
        if (found.Value is not { } tokens)
            return found.As<HarnessResult>();
        var prepared = await PrepareAsync(projectId, test, loaded);
        if (prepared.Value is not { } context)
            return prepared.As<HarnessResult>();

        var connectionToken = tokens.ConnectionToken.Reveal();
        var from = simulator.Bookings.Next;
        var wait = TimeSpan.FromMinutes(settings.WaitMinutes);
        progress?.Report(new ReservationPhase($"Waiting for the channel manager's Process group for {test.Id}…", clock.GetUtcNow() + wait));
        var received = await simulator.Bookings.WaitAsync(connectionToken, from, wait, cancellation);
        if (received is null)
            return Result.Invalid(Result.Whole, $"No Process group arrived on this connection within {settings.WaitMinutes} minutes. Check that the channel manager sends to the address above with this connection's token, then start again.").As<HarnessResult>();

        var scrubber = new SecretScrubber([tokens.ClientToken, tokens.ConnectionToken]);
        var started = received.ReceivedAt;
        progress?.Report(new ReservationPhase($"Judging the Process group that arrived at {received.ReceivedAt:HH:mm:ss}…"));
        var result = test.Kind == ReservationKind.Invalid
            ? await WatchResendAsync(test, received, connectionToken, scrubber, progress, cancellation)
            : await ConfirmAsync(test, context, received.Body, received.Answer, received.ErrorCode, tokens, scrubber, started, cancellation);
        var kept = await playMews.KeepAsync(projectId, context.ConnectionId, result, who, test.HumanCheck, test.NoteSource);
        return Result.Of(result) with { Warnings = kept.Warnings };
    }

    /// <summary>Paste mode: the Process group the CM sent to Mews Demo and the Confirm booking it received, judged by the same rules.</summary>
    public async Task<Result<HarnessResult>> JudgePastedAsync(int projectId, string testId, string groupText, string confirmationText, string who)
    {
        if (ReservationTest.Find(testId) is not { } test || test.Kind == ReservationKind.Invalid)
            return Result.Invalid("Test", $"Paste mode judges RES-01 to RES-13; '{testId}' is not one of them.").As<HarnessResult>();
        if (string.IsNullOrWhiteSpace(groupText))
            return Result.Invalid("Group", "Paste the Process group body your channel manager sent.").As<HarnessResult>();
        if (groupText.Length > MewsSimulator.MewsSimulator.MaxBodyBytes || confirmationText.Length > MewsSimulator.MewsSimulator.MaxBodyBytes)
            return Result.Invalid("Group", "A pasted message is larger than 1 MB; paste one Process group and its Confirm booking.").As<HarnessResult>();
        var prepared = await PrepareAsync(projectId, test, await LoadContextAsync(projectId));
        if (prepared.Value is not { } context)
            return prepared.As<HarnessResult>();
        var tokens = context.ConnectionId is { } id ? (await connections.TokensForAsync(projectId, id)).Value : null;
        var scrubber = new SecretScrubber(tokens is null ? [] : [tokens.ClientToken, tokens.ConnectionToken]);
        var now = clock.GetUtcNow();

        // Input that cannot be judged is sent back, not kept: a typo must not turn the tracker red.
        if (string.IsNullOrWhiteSpace(confirmationText))
            return Result.Invalid("Confirmation", "Paste the Confirm booking Mews sent to your confirmGroup endpoint as well: the test's result half is judged on it.").As<HarnessResult>();
        if ((Unreadable(groupText, "The Process group") ?? Unreadable(confirmationText, "The Confirm booking")) is { } unreadable)
            return Result.Invalid("Group", unreadable).As<HarnessResult>();
        using var group = JsonDocument.Parse(groupText);
        using var confirmation = JsonDocument.Parse(confirmationText);
        var groupReasons = ReservationRules.Check(test, group.RootElement, context.Previous, context.Booking).Select(scrubber.Scrub).ToList();
        var reasons = ConfirmationRules.Check(test, group.RootElement, confirmation.RootElement, context.Previous, context.OriginalNumbers).Select(scrubber.Scrub).ToList();
        var facts = StoredBooking.Describe(group.RootElement, ConfirmationRules.Numbers(confirmation.RootElement)).Select(scrubber.Scrub).ToList();
        var notes = BookingNotes.Of(group.RootElement, tokens?.ConnectionToken.Reveal());
        var evidence = new List<ExchangeEvidence>
        {
            new(ProcessGroupLabel, "pasted", now, GroupMask.Mask(groupText, scrubber), Encoding.UTF8.GetByteCount(groupText), null, "", 0,
                $"a booking by the {test.Booking.Id} rules", groupReasons, notes, false, ReplayTokens.None),
            new(ConfirmLabel, "pasted", now, scrubber.Scrub(confirmationText), Encoding.UTF8.GetByteCount(confirmationText), null, "", 0,
                "the same channelManagerId and codes, with Mews confirmation numbers", reasons, [], false, ReplayTokens.None),
        };
        var result = new HarnessResult(test.Id, now, [.. groupReasons, .. reasons], ["Judged from pasted messages (Mews Demo).", .. notes], facts, 0, Encoding.UTF8.GetByteCount(groupText), evidence);
        var kept = await playMews.KeepAsync(projectId, context.ConnectionId, result, who, test.HumanCheck, test.NoteSource);
        return Result.Of(result) with { Warnings = kept.Warnings };
    }

    /// <returns>Why the text is not JSON, in words to show; null when it parses.</returns>
    private static string? Unreadable(string text, string what)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException ex)
        {
            return $"{what} is not valid JSON ({ex.Message.Split('.')[0]}). Paste the whole body; nothing was kept.";
        }
    }

    /// <summary>The simulator's own half: its synchronous answer, then Confirm booking to the CM and the CM's answer, all judged.</summary>
    private async Task<HarnessResult> ConfirmAsync(ReservationTest test, TestContext context, string body, string answer, int? errorCode,
        ConnectionTokens tokens, SecretScrubber scrubber, DateTimeOffset started, CancellationToken cancellation)
    {
        var address = SimulatorAddress();
        var payloadReasons = new List<string>();
        var payloadNotes = new List<string>();
        var facts = new List<string>();
        JsonObject? confirmation = null;
        try
        {
            using var group = JsonDocument.Parse(body);
            payloadReasons.AddRange(ReservationRules.Check(test, group.RootElement, context.Previous, context.Booking).Select(scrubber.Scrub));
            payloadNotes.AddRange(BookingNotes.Of(group.RootElement, tokens.ConnectionToken.Reveal()));
            if (errorCode is null)
            {
                confirmation = BookingConfirmation.Build(group.RootElement, context.Previous, tokens.ClientToken.Reveal(), tokens.ConnectionToken.Reveal());
                var numbers = confirmation["reservations"]!.AsArray().ToDictionary(r => r!["code"]!.GetValue<string>(), r => r!["confirmationNumber"]!.GetValue<string>());
                facts.AddRange(StoredBooking.Describe(group.RootElement, numbers).Select(scrubber.Scrub));
            }
        }
        catch (JsonException ex)
        {
            payloadReasons.Add($"The message is not valid JSON ({ex.Message.Split('.')[0]}).");
        }
        if (errorCode is { } code)
            payloadReasons.Add($"Mews refused the booking with error {code}: {ErrorMessage(answer)}");

        var evidence = new List<ExchangeEvidence>
        {
            new(ProcessGroupLabel, address, started, GroupMask.Mask(body, scrubber), Encoding.UTF8.GetByteCount(body), 200, scrubber.Scrub(answer), 0,
                $"a booking by the {test.Booking.Id} rules", payloadReasons, payloadNotes, false, new ReplayTokens(tokens.ClientToken.Mask, tokens.ConnectionToken.Mask, CurlLine.ConnectionTokenVariable)),
        };
        var reasons = new List<string>(payloadReasons);
        if (confirmation is not null)
        {
            var confirmed = await SendConfirmationAsync(context.Project, confirmation, tokens, scrubber, cancellation);
            evidence.Add(confirmed);
            if (!confirmed.Passed)
                reasons.Add($"Confirm booking: {confirmed.Finding()}");
        }
        var latency = (long)(clock.GetUtcNow() - started).TotalMilliseconds;
        return new HarnessResult(test.Id, started, reasons, evidence.SelectMany(e => e.Notes).Distinct().ToList(), facts, latency, evidence.Sum(e => (long)e.RequestBytes), evidence);
    }

    private async Task<ExchangeEvidence> SendConfirmationAsync(CertificationProject project, JsonObject confirmation, ConnectionTokens tokens, SecretScrubber scrubber, CancellationToken cancellation)
    {
        var url = project.Endpoints.UrlFor(CmOperation.ConfirmGroup);
        var expected = Expectation.Success.Wanted();
        var sentAt = clock.GetUtcNow();
        var body = Encoding.UTF8.GetBytes(confirmation.ToJsonString());
        var kept = scrubber.Scrub(confirmation.ToJsonString());
        var replay = new ReplayTokens(tokens.ClientToken.Mask, tokens.ConnectionToken.Mask, CurlLine.ConnectionTokenVariable);
        if ((url.Length == 0 ? "There is no URL for confirmGroup. Enter it in step P2 before running the reservation tests." : EndpointUrlRule.Check(url, required: true)) is { } problem)
            return new ExchangeEvidence(ConfirmLabel, url, sentAt, kept, body.Length, null, "", 0, expected, [problem], [], false, replay);
        var limits = harness.Limits;
        var answer = (await caller.PostAsync(new Uri(url), body, limits, cancellation)).WithoutSecrets(scrubber);
        var verdict = ResponseJudge.Judge(answer, Expectation.Success, limits, CmOperation.ConfirmGroup, url);
        return new ExchangeEvidence(ConfirmLabel, url, sentAt, kept, body.Length, answer.StatusCode, answer.Failure ?? Encoding.UTF8.GetString(answer.Body),
            (long)answer.Latency.TotalMilliseconds, expected, verdict.Reasons, verdict.Notes, false, replay) { Got = AnswerPreview.Of(answer) };
    }

    /// <summary>ERR-06: the booking must have been refused with code 7, and must not come again unchanged while the simulator watches.</summary>
    private async Task<HarnessResult> WatchResendAsync(ReservationTest test, MewsSimulator.ReceivedGroup refused, string connectionToken, SecretScrubber scrubber,
        IProgress<ReservationPhase>? progress, CancellationToken cancellation)
    {
        var replay = ReplayTokens.None;
        var evidence = new List<ExchangeEvidence>
        {
            new(ProcessGroupLabel, SimulatorAddress(), refused.ReceivedAt, GroupMask.Mask(refused.Body, scrubber), Encoding.UTF8.GetByteCount(refused.Body), 200,
                scrubber.Scrub(refused.Answer), 0, "error code 7 (the booking breaks a business rule)", [], [], false, replay),
        };
        var facts = new List<string>();
        var notes = new List<string>();
        if (refused.ErrorCode != MewsSimulator.BookingBusinessRules.ProcessingError)
        {
            var reason = refused.ErrorCode is null
                ? "Mews accepted this booking: it breaks no business rule. Send one whose departure is before its arrival, or turn on \"Refuse the next booking with code 7\" and send any booking."
                : $"Mews refused the booking with error {refused.ErrorCode}, not 7: {ErrorMessage(refused.Answer)} Fix that first; ERR-06 needs a booking that breaks a business rule.";
            return new HarnessResult(test.Id, refused.ReceivedAt, [reason], [], [], 0, evidence[0].RequestBytes, evidence);
        }
        facts.Add($"Mews refused the booking at {Time(refused.ReceivedAt)} with code 7: {ErrorMessage(refused.Answer)}");
        var until = refused.ReceivedAt + TimeSpan.FromSeconds(settings.ResendWatchSeconds);
        progress?.Report(new ReservationPhase("Watching for the same booking to come again…", until));
        var reasons = new List<string>();
        var after = refused.Sequence + 1;
        while (clock.GetUtcNow() < until)
        {
            var next = await simulator.Bookings.WaitAsync(connectionToken, after, until - clock.GetUtcNow(), cancellation);
            if (next is null)
                break;
            after = next.Sequence + 1;
            var unchanged = SameBooking(refused.Body, next.Body);
            evidence.Add(new(unchanged ? "The same booking again" : "A corrected booking", SimulatorAddress(), next.ReceivedAt, GroupMask.Mask(next.Body, scrubber),
                Encoding.UTF8.GetByteCount(next.Body), 200, scrubber.Scrub(next.Answer), 0, "no resend of the refused booking",
                unchanged ? [$"Resent an invalid booking unchanged at {Time(next.ReceivedAt)}."] : [], [], false, replay));
            if (unchanged)
            {
                reasons.Add($"The channel manager resent an invalid booking unchanged at {Time(next.ReceivedAt)}: after error 7 it must log the error and not send the same booking again.");
                break;
            }
            notes.Add($"A corrected booking arrived at {Time(next.ReceivedAt)}; Mews answered {(next.ErrorCode is { } c ? $"error {c}" : "success")}. That is welcome.");
        }
        if (reasons.Count == 0)
            facts.Add($"No resend of the refused booking in {settings.ResendWatchSeconds} seconds of watching (until {Time(until)}).");
        return new HarnessResult(test.Id, refused.ReceivedAt, reasons, notes, facts, (long)(clock.GetUtcNow() - refused.ReceivedAt).TotalMilliseconds,
            evidence.Sum(e => (long)e.RequestBytes), evidence);
    }

    /// <summary>The same booking: equal apart from its messageId, which a resend may renew.</summary>
    private static bool SameBooking(string first, string second)
    {
        try
        {
            if (JsonNode.Parse(first) is not JsonObject a || JsonNode.Parse(second) is not JsonObject b)
                return first == second;
            a.Remove("messageId");
            b.Remove("messageId");
            return JsonNode.DeepEquals(a, b);
        }
        catch (JsonException)
        {
            return first == second;
        }
    }

    /// <summary>What judging a test needs: the connection's configuration and channels, and the earlier version of the group.</summary>
    private sealed record TestContext(CertificationProject Project, int? ConnectionId, BookingContext Booking, JsonElement? Previous, IReadOnlyDictionary<string, string> OriginalNumbers);

    private async Task<Result<TestContext>> PrepareAsync(int projectId, ReservationTest test, (MappingView Mapping, IReadOnlyList<MewsChannel> Channels)? loaded)
    {
        if (loaded is not var (mapping, channels))
            return Result.ProjectMissing(projectId).As<TestContext>();
        if (mapping.Configuration is not { } configuration)
            return Result.Invalid(Result.Whole, mapping.Problem ?? "Fetch the property's configuration first (P5).").As<TestContext>();
        var booking = BookingContext.From(configuration, channels.Select(c => c.Code));
        if (test.Original is null)
            return Result.Of(new TestContext(mapping.Project, mapping.Connection?.Id, booking, null, new Dictionary<string, string>()));
        var earlier = await EarlierVersionAsync(projectId, test);
        if (earlier is null)
            return Result.Invalid(Result.Whole, $"{test.Id} {(test.Kind == ReservationKind.Cancellation ? "cancels" : "modifies")} the {test.Original} booking: pass {test.Original} first, so the dashboard has the booking to compare with.").As<TestContext>();
        return Result.Of(new TestContext(mapping.Project, mapping.Connection?.Id, booking, earlier.Value.Group, earlier.Value.Numbers));
    }

    /// <summary>The group's newest version that passed: the original's, or a modification's after it.</summary>
    private async Task<(JsonElement Group, IReadOnlyDictionary<string, string> Numbers)?> EarlierVersionAsync(int projectId, ReservationTest test)
    {
        var family = ReservationTest.All.Where(t => t.Id == test.Original || (t.Original == test.Original && t.Kind == ReservationKind.Modification && t.Id != test.Id)).Select(t => t.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        var runs = await db.HarnessRuns.AsNoTracking().Where(r => r.ProjectId == projectId && r.Passed && family.Contains(r.TestId))
            .OrderByDescending(r => r.Id).Select(r => r.ResultGzip).Take(1).ToListAsync();
        if (runs.Count == 0 || HarnessResultJson.Decompress(runs[0]) is not { } result || result.Evidence.Count == 0)
            return null;
        try
        {
            using var document = JsonDocument.Parse(result.Evidence[0].RequestBody);
            var group = document.RootElement.Clone();
            var numbers = result.Evidence.Skip(1).FirstOrDefault(e => e.Label == ConfirmLabel) is { } confirmed
                ? Numbers(confirmed.RequestBody)
                : new Dictionary<string, string>();
            return (group, numbers);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyDictionary<string, string> Numbers(string confirmation)
    {
        try
        {
            using var document = JsonDocument.Parse(confirmation);
            return ConfirmationRules.Numbers(document.RootElement);
        }
        catch (JsonException)
        {
            return new Dictionary<string, string>();
        }
    }

    private async Task<(MappingView Mapping, IReadOnlyList<MewsChannel> Channels)?> LoadContextAsync(int projectId)
    {
        var mapping = await mappings.LoadAsync(projectId, null);
        if (mapping is null)
            return null;
        await using var db = await dbFactory.CreateDbContextAsync();
        var channelsJson = await db.ConfigurationSnapshots.AsNoTracking().Where(s => s.Id == mapping.SnapshotId).Select(s => s.ChannelsJson).FirstOrDefaultAsync();
        return (mapping, SnapshotChannels.Parse(channelsJson ?? "") ?? []);
    }

    /// <param name="mapping">The project's mapping view, loaded by the caller; null when the project does not exist.</param>
    private async Task<Result<ConnectionTokens>> LiveTokensAsync(int projectId, MappingView? mapping)
    {
        if (mapping is null)
            return Result.ProjectMissing(projectId).As<ConnectionTokens>();
        if (!baseUrls.IsThisApp(mapping.Project.Environment))
            return Result.Invalid(Result.Whole, "Only the built-in simulator can receive your channel manager's bookings. Against Mews Demo, paste the Process group and the Confirm booking instead.").As<ConnectionTokens>();
        if (mapping.Connection is not { } connection)
            return Result.Invalid(Result.Whole, mapping.Problem ?? "Pick a connection in P4 first.").As<ConnectionTokens>();
        var tokens = await connections.TokensForAsync(projectId, connection.Id);
        // A public seed token would let anyone's booking pass for this project's.
        return tokens.Value is { } found && !simulator.Connections.IsProjects(projectId, found.ConnectionToken.Reveal())
            ? Result.Invalid(Result.Whole, PublicTokenProblem).As<ConnectionTokens>()
            : tokens;
    }

    private async Task<IReadOnlyDictionary<string, HarnessRunSummary>> LatestAsync(int projectId)
    {
        var ids = ReservationTest.All.Select(t => t.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        var runs = await db.HarnessRuns.AsNoTracking().Where(r => r.ProjectId == projectId && ids.Contains(r.TestId)).OrderByDescending(r => r.Id)
            .AsSummaries().ToListAsync();
        return runs.GroupBy(r => r.TestId).ToDictionary(g => g.Key, g => g.First());
    }

    private ScenarioInputs Inputs(int projectId, PropertyConfiguration configuration, MappingView mapping, IReadOnlyList<MewsChannel> channels) => new(
        projectId, configuration, HarnessScope.MappedIn(configuration, mapping.State),
        mapping.State.Assignments(CmCodeKind.Room), mapping.State.Assignments(CmCodeKind.Rate), channels,
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    /// <summary>The path of the simulator's Process group address; the page puts this app's origin in front.</summary>
    public static string SimulatorPath => MewsSimulator.MewsSimulatorExtensions.BasePath + MewsSimulator.MewsSimulator.ProcessGroupPath;

    /// <summary>The address as evidence records it: this app's own, which the CM was given.</summary>
    private string SimulatorAddress() => (self.Current?.ToString().TrimEnd('/') ?? "") + SimulatorPath;

    private static string ErrorMessage(string answer)
    {
        try
        {
            return JsonNode.Parse(answer)?["errors"]?[0]?["message"]?.GetValue<string>() ?? answer;
        }
        catch (JsonException)
        {
            return answer;
        }
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";
}
