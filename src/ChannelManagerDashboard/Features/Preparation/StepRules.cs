using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>What each preparation step needs before it may be marked done.</summary>
public static class StepRules
{
    public const string FixPartnerIdPrefix = "Fix the Partner ID";

    /// <returns>Why <paramref name="stepCode"/> cannot be done yet; empty when it can.</returns>
    public static IReadOnlyList<string> Unmet(string stepCode, CertificationProject project, StepFacts facts) => stepCode switch
    {
        "P1" => P1(project),
        "P2" => P2(project, facts),
        "P3" => EndpointProblems(project.Endpoints).Select(p => $"Fix P2 first: {p}").ToList(),
        "P4" => facts.ChosenConnections > 0 ? [] : [$"Call Get properties on the {project.Environment.Label()} and pick at least one connection for this project."],
        "P5" => facts.ChosenConnections == 0 ? ["Pick a connection in P4 first."]
            : facts.ConnectionsWithoutSnapshot > 0 ? [$"Fetch the configuration of {Counted.Of(facts.ConnectionsWithoutSnapshot, "chosen connection")}."]
            : [],
        "P6" => facts.ChosenConnections == 0 ? ["Pick a connection in P4 first."]
            : facts.ConnectionsWithoutSnapshot > 0 ? ["Fetch the configuration in P5 first."]
            : facts.MappingGaps,
        "P7" => facts.RequiredTestsOpen.Count == 0 ? []
            : [$"Pass every required test in the test tracker (automatic passes checked by a person too); still open: {string.Join(", ", facts.RequiredTestsOpen)}."],
        "P8" => facts.HasCertificationFile ? [] : ["Upload the filled-in certification file."],
        "P9" => P9(project),
        _ => [],
    };

    /// <summary>Like <see cref="Unmet"/>, judged on the step's own fields as typed and everything else as saved.</summary>
    public static IReadOnlyList<string> UnmetAsTyped(string stepCode, CertificationProject saved, PreparationInput typed, StepFacts facts)
    {
        var draft = saved.Clone();
        typed.ApplyTo(draft, stepCode);
        var unmet = Unmet(stepCode, draft, facts).ToList();
        // ApplyTo keeps the saved Partner ID when the typed one is invalid, so point at the typed one here.
        if (stepCode == "P1" && PartnerIdRule.Check(typed.PartnerId) is not null)
            unmet.Add($"{FixPartnerIdPrefix} '{typed.PartnerId.Trim()}' (see the message under the field).");
        // ApplyTo clears a zone not from the list, so the step asks for one; say which typed name was refused.
        if (stepCode == "P9" && !TimeZoneRule.Check(typed.CertificationCallTimeZone).Succeeded)
            unmet.Add($"'{typed.CertificationCallTimeZone.Trim()}' is not a time zone from the list (see the message under the field).");
        return unmet;
    }

    /// <returns>Why the status change is refused; empty when it is allowed.</returns>
    public static IReadOnlyList<string> CheckStatusChange(
        string stepCode, StepStatus status, string notes, CertificationProject saved, PreparationInput typed, StepFacts facts) => status switch
        {
            StepStatus.Done => UnmetAsTyped(stepCode, saved, typed, facts),
            StepStatus.Blocked when string.IsNullOrWhiteSpace(notes) =>
                ["Say in the notes what blocks this step and who can unblock it, then mark it blocked."],
            _ => [],
        };

    private static List<string> EndpointProblems(CmEndpoints endpoints) =>
        endpoints.Describe()
            .Select(e => EndpointUrlRule.Check(e.Url, e.Required) is { } problem ? $"{e.Label}: {problem}" : null)
            .OfType<string>()
            .ToList();

    private static List<string> P2(CertificationProject project, StepFacts facts)
    {
        var unmet = EndpointProblems(project.Endpoints);
        if (EndpointUrlRule.Check(project.EndpointBaseUrl, required: false) is { } baseProblem)
            unmet.Insert(0, $"Base URL: {baseProblem}");
        // A URL that is not one cannot be probed; its own problem above says what to fix.
        foreach (var ((label, required, url), path) in project.Endpoints.Describe().Zip(CmEndpoints.Operations.Select(o => o.Path)))
        {
            if (!required || EndpointUrlRule.Check(url, required) is not null)
                continue;
            var probe = facts.Probes.GetValueOrDefault(path);
            if (probe is null || probe.Url != url)
                unmet.Add($"{label}: probe it with \"Probe the endpoints\" to show it answers.");
            else if (!probe.Answered)
                unmet.Add($"{label} did not answer the probe right: {probe.Problem}");
        }
        return unmet;
    }

    private static List<string> P9(CertificationProject project)
    {
        var unmet = new List<string>();
        if (project.CertificationCallAt is null)
            unmet.Add("Enter the date and time of the certification call.");
        if (string.IsNullOrWhiteSpace(project.CertificationCallTimeZone))
            unmet.Add("Pick the time zone the call time is in.");
        return unmet;
    }

    private static List<string> P1(CertificationProject project)
    {
        var unmet = new List<string>();
        if (string.IsNullOrWhiteSpace(project.TechnicalDetails))
            unmet.Add("Describe the technical details of your integration that you send to Mews.");
        if (string.IsNullOrWhiteSpace(project.PilotPropertyName))
            unmet.Add("Enter the name of the pilot property.");
        if (PartnerIdRule.Check(project.PartnerId) is { } partnerError)
            unmet.Add($"Partner ID: {partnerError}");
        return unmet;
    }
}
