using System.Globalization;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.ConnectorReview.Checks;
using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Features.ConnectorReview;

/// <summary>One step of the Connector API journey and whether it is done, with what is missing when it is not.</summary>
public sealed record ConnectorStep(string Code, string Title, bool Done, string Detail);

/// <summary>
/// The Connector API journey from Mews' "Your journey" pages: register, declare the workflow, the certification form,
/// the certification AccessToken, the 48-hour demo run, Mews' review, the pilot and production. Each step ticks itself
/// from what the page holds.
/// </summary>
public static class ConnectorSteps
{
    /// <summary>Public (Marketplace) integrations pilot at one property, typically two weeks.</summary>
    public const int PilotDays = 14;

    public static IReadOnlyList<ConnectorStep> Evaluate(CertificationProject project, ConnectorJourney journey, IReadOnlyList<ConnectorRun> runs, ReviewReport? newestReview)
    {
        var declared = JourneyInput.Declared(journey);
        var longest = runs.Where(r => r.Reviewable).OrderByDescending(r => r.Span).FirstOrDefault();
        var undescribed = declared.Count(o => o.Purpose.Length == 0 || o.Frequency.Length == 0);
        var pilotDays = journey.PilotStart is { } start && journey.PilotEnd is { } end ? end.DayNumber - start.DayNumber + 1 : 0;
        return
        [
            new("C1", "Register as a partner", journey.Registered && PartnerIdRule.Check(project.PartnerId) is null,
                PartnerIdRule.Check(project.PartnerId) ?? (journey.Registered ? $"Registered as {project.PartnerId}." : "Register with Mews as a partner, then tick it here.")),
            new("C2", "Declare the workflow", journey.UseCases.Length > 0 && declared.Count > 0 && undescribed == 0,
                journey.UseCases.Length == 0 ? "Pick the documented use cases the integration follows."
                : declared.Count == 0 ? "List the operations the integration calls."
                : undescribed > 0 ? $"{Counted.Of(undescribed, "operation")} still {(undescribed == 1 ? "needs" : "need")} a purpose and an expected frequency."
                : $"{Counted.Of(declared.Count, "operation")} declared."),
            new("C3", "Fill in the certification form", journey.FormSentOn is not null && journey.ExpectedLoad.Length > 0,
                journey.ExpectedLoad.Length == 0 ? "Describe the expected load, then copy the form text and send it."
                : journey.FormSentOn is { } sent ? string.Create(CultureInfo.InvariantCulture, $"Sent {sent:yyyy-MM-dd}.") : "Copy the form text, send it to Mews and enter the day."),
            new("C4", "Receive the certification access token", journey.TokenReceivedOn is not null,
                journey.TokenReceivedOn is { } received ? string.Create(CultureInfo.InvariantCulture, $"Received {received:yyyy-MM-dd}; pair it with your demo ClientToken.") : "Mews emails a certification AccessToken; enter the day it came."),
            new("C5", "Run 48 hours", longest is { } run && run.Span >= RunLengthCheck.Required,
                longest is null ? "Record the run through the proxy, or import its log."
                : string.Create(CultureInfo.InvariantCulture, $"Longest run: {longest.Name}, {(int)longest.Span.TotalHours} h {longest.Span.Minutes:00} min of the {RunLengthCheck.Required.TotalHours:0} h Mews asks for.")),
            new("C6", "Review", newestReview?.Passed == true,
                newestReview is null ? "Add a run to review it." : newestReview.Passed ? "The newest run passes S1–S9." : $"The newest run fails {newestReview.Checks.Count(c => !c.Passed)} of the nine checks."),
            new("C7", "Pilot", !journey.PublicIntegration || pilotDays > 0,
                !journey.PublicIntegration ? "A private integration needs no certification or pilot."
                : pilotDays == 0 ? $"Public (Marketplace) integrations pilot at one property, typically {PilotDays} days; enter its dates."
                : pilotDays < PilotDays ? $"The pilot lasts {pilotDays} days; Mews typically asks for {PilotDays}."
                : $"{pilotDays} days."),
            new("C8", "Production", journey.ProductionOn is not null,
                journey.ProductionOn is { } on ? string.Create(CultureInfo.InvariantCulture, $"Production ClientToken received {on:yyyy-MM-dd}.") : "After the pilot Mews sends the production ClientToken; enter the day."),
        ];
    }

    /// <summary>The certification form's text, ready to paste: Partner ID, operations with purpose and frequency, expected load.</summary>
    public static string FormText(CertificationProject project, ConnectorJourney journey)
    {
        var declared = JourneyInput.Declared(journey);
        var lines = new List<string>
        {
            $"Partner ID: {project.PartnerId}",
            $"Integration: {project.Name}",
            $"Contact: {project.ContactPerson}",
            $"Use cases: {string.Join(", ", journey.UseCases.Split('\n', StringSplitOptions.RemoveEmptyEntries))}",
            "",
            "Operations used, purpose and expected frequency:",
        };
        lines.AddRange(declared.Select(o => $"- {o.Name}: {(o.Purpose.Length > 0 ? o.Purpose : "(purpose)")}; {(o.Frequency.Length > 0 ? o.Frequency : "(frequency)")}"));
        lines.Add("");
        lines.Add($"Expected load: {(journey.ExpectedLoad.Length > 0 ? journey.ExpectedLoad : "(expected load)")}");
        return string.Join('\n', lines);
    }
}
