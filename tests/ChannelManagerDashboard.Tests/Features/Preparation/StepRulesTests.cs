using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Preparation;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

public class StepRulesTests
{
    private static readonly StepFacts NoFacts = Facts();

    private static StepFacts Facts(bool file = false, int chosen = 0, int withoutSnapshot = 0, IReadOnlyList<string>? gaps = null,
        IReadOnlyDictionary<string, EndpointProbe>? probes = null, IReadOnlyList<string>? openTests = null) =>
        new(file, chosen, withoutSnapshot, gaps ?? [], probes ?? new Dictionary<string, EndpointProbe>(), openTests ?? []);

    /// <summary>Every endpoint of <paramref name="project"/> answered the probe at its current URL.</summary>
    private static StepFacts Probed(CertificationProject project, string? failing = null) => Facts(probes: CmEndpoints.Operations
        .Zip(project.Endpoints.Describe(), (o, e) => new EndpointProbe { Operation = o.Path, Url = e.Url, Answered = o.Path != failing, Problem = o.Path == failing ? "HTTP 500" : "" })
        .ToDictionary(p => p.Operation));

    private static CertificationProject Project() => new()
    {
        PartnerId = "INT100",
        PilotPropertyName = "Pilot",
        TechnicalDetails = "ARI + bookings, gross pricing",
        Endpoints = CmEndpoints.FromBase("https://cm.example.com"),
        CertificationCallAt = new DateTime(2026, 12, 3, 14, 0, 0),
        CertificationCallTimeZone = "Europe/Amsterdam",
    };

    [Fact]
    public void The_catalog_has_P1_to_P9_in_order() =>
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"P{i}"), PreparationSteps.All.Select(s => s.Code));

    [Theory]
    [InlineData("P1")]
    [InlineData("P3")]
    [InlineData("P7")]
    [InlineData("P9")]
    public void A_complete_project_meets_every_field_rule(string code) => Assert.Empty(StepRules.Unmet(code, Project(), NoFacts));

    [Fact]
    public void P2_is_met_once_every_required_endpoint_answered_the_probe_at_its_current_URL()
    {
        var project = Project();
        Assert.Empty(StepRules.Unmet("P2", project, Probed(project)));

        Assert.Equal(4, StepRules.Unmet("P2", project, NoFacts).Count(u => u.Contains("probe it", StringComparison.Ordinal)));
        Assert.Equal("Update prices did not answer the probe right: HTTP 500", Assert.Single(StepRules.Unmet("P2", project, Probed(project, failing: "updatePrices"))));
        var probed = Probed(project);
        project.Endpoints.UpdatePrices = "https://cm.example.com/v2/updatePrices";
        Assert.Equal("Update prices: probe it with \"Probe the endpoints\" to show it answers.", Assert.Single(StepRules.Unmet("P2", project, probed)));
    }

    [Fact]
    public void The_optional_change_notification_need_not_answer_the_probe()
    {
        var project = Project();
        Assert.Empty(StepRules.Unmet("P2", project, Probed(project, failing: "changeNotificaton")));
    }

    [Fact]
    public void P7_names_the_required_tests_still_open() =>
        Assert.Contains("still open: INV-01, RES-03", Assert.Single(StepRules.Unmet("P7", Project(), Facts(openTests: ["INV-01", "RES-03"]))));

    [Fact]
    public void P1_needs_technical_details_and_pilot_property()
    {
        var project = Project();
        project.TechnicalDetails = " ";
        project.PilotPropertyName = "";

        var unmet = StepRules.Unmet("P1", project, NoFacts);

        Assert.Equal(2, unmet.Count);
        Assert.Contains(unmet, u => u.Contains("technical details"));
        Assert.Contains(unmet, u => u.Contains("pilot property"));
    }

    [Fact]
    public void P2_names_each_bad_endpoint_and_P3_sends_you_back_to_P2()
    {
        var project = Project();
        project.Endpoints.UpdatePrices = "http://cm.example.com/updatePrices";
        project.Endpoints.ConfirmBooking = "";
        project.Endpoints.ChangeNotification = "";

        var p2 = StepRules.Unmet("P2", project, Probed(Project()));
        var p3 = StepRules.Unmet("P3", project, NoFacts);

        // A URL that is not one is named for what to fix, not asked to be probed.
        Assert.Equal(2, p2.Count);
        Assert.StartsWith("Update prices: Mews", p2[0]);
        Assert.StartsWith("Confirm booking: Enter", p2[1]);
        Assert.All(p3, p => Assert.StartsWith("Fix P2 first:", p));
    }

    [Fact]
    public void An_invalid_base_url_blocks_P2_but_an_empty_one_does_not()
    {
        var project = Project();
        project.EndpointBaseUrl = "cm.example.com";
        Assert.StartsWith("Base URL:", Assert.Single(StepRules.Unmet("P2", project, Probed(project))));

        project.EndpointBaseUrl = "";
        Assert.Empty(StepRules.Unmet("P2", project, Probed(project)));
    }

    [Fact]
    public void Typed_fields_count_only_for_their_own_step()
    {
        var typed = PreparationInput.From(Project());
        typed.Endpoints.UpdatePrices = "";
        typed.TechnicalDetails = "";

        Assert.Single(StepRules.UnmetAsTyped("P2", Project(), typed, Probed(Project())));
        Assert.Empty(StepRules.UnmetAsTyped("P3", Project(), typed, NoFacts));
        Assert.Single(StepRules.UnmetAsTyped("P1", Project(), typed, NoFacts));
    }

    [Fact]
    public void An_invalid_optional_change_notification_url_still_blocks_P2()
    {
        var project = Project();
        project.Endpoints.ChangeNotification = "not a url";

        Assert.StartsWith("Change notification:", Assert.Single(StepRules.Unmet("P2", project, Probed(Project()))));
    }

    [Fact]
    public void P8_needs_the_file_and_P9_the_call_time_and_zone()
    {
        var project = Project();
        project.CertificationCallAt = null;
        project.CertificationCallTimeZone = "";

        Assert.Single(StepRules.Unmet("P8", project, NoFacts));
        Assert.Empty(StepRules.Unmet("P8", project, NoFacts with { HasCertificationFile = true }));
        Assert.Equal(2, StepRules.Unmet("P9", project, NoFacts).Count);
    }

    [Fact]
    public void The_manual_steps_have_no_rules_but_their_fields() => Assert.Empty(StepRules.Unmet("P1", Project(), NoFacts));

    [Fact]
    public void P4_needs_a_picked_connection_and_P5_a_snapshot_of_each()
    {
        var project = Project();

        Assert.Single(StepRules.Unmet("P4", project, NoFacts));
        Assert.Equal("Pick a connection in P4 first.", Assert.Single(StepRules.Unmet("P5", project, NoFacts)));
        Assert.Empty(StepRules.Unmet("P4", project, Facts(chosen: 2, withoutSnapshot: 1)));
        Assert.Equal("Fetch the configuration of 1 chosen connection.", Assert.Single(StepRules.Unmet("P5", project, Facts(chosen: 2, withoutSnapshot: 1))));
        Assert.Empty(StepRules.Unmet("P5", project, Facts(chosen: 2, withoutSnapshot: 0)));
    }

    [Fact]
    public void P6_needs_P4_and_P5_first_then_reports_the_mapping_gaps()
    {
        var project = Project();

        Assert.Equal("Pick a connection in P4 first.", Assert.Single(StepRules.Unmet("P6", project, NoFacts)));
        Assert.Equal("Fetch the configuration in P5 first.", Assert.Single(StepRules.Unmet("P6", project, Facts(chosen: 1, withoutSnapshot: 1, gaps: ["ignored"]))));
        Assert.Equal(["Map or exclude 2 combinations"], StepRules.Unmet("P6", project, Facts(chosen: 1, withoutSnapshot: 0, gaps: ["Map or exclude 2 combinations"])));
        Assert.Empty(StepRules.Unmet("P6", project, Facts(chosen: 1, withoutSnapshot: 0)));
    }

    [Fact]
    public void A_typed_invalid_partner_id_keeps_P1_from_being_done()
    {
        var typed = PreparationInput.From(Project());
        typed.PartnerId = "int-7";

        var refused = StepRules.CheckStatusChange("P1", StepStatus.Done, "", Project(), typed, NoFacts);

        Assert.Equal("Fix the Partner ID 'int-7' (see the message under the field).", Assert.Single(refused));
    }

    [Fact]
    public void Blocked_needs_a_note_saying_why()
    {
        var typed = PreparationInput.From(Project());

        Assert.Single(StepRules.CheckStatusChange("P4", StepStatus.Blocked, " ", Project(), typed, NoFacts));
        Assert.Empty(StepRules.CheckStatusChange("P4", StepStatus.Blocked, "Waiting for Mews to connect the property", Project(), typed, NoFacts));
        Assert.Empty(StepRules.CheckStatusChange("P2", StepStatus.InProgress, "", new CertificationProject(), typed, NoFacts));
    }
}
