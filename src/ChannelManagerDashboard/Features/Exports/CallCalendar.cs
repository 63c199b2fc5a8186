using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.CertificationCall;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ChannelManagerDashboard.Features.Exports;

/// <summary>The certification call as a calendar file: P9's date and time in its own time zone, 90 minutes, the attendees.</summary>
public static class CallCalendar
{
    /// <returns>The .ics text, or why there is none yet (P9 has no date, time or zone).</returns>
    public static Result<string> Write(CertificationProject project, IReadOnlyList<CallAttendee> attendees, int minutes = CallTimer.StandardMinutes)
    {
        if (project.CertificationCallAt is not { } at)
            return NotYet("P9 has no date and time for the call yet: enter them in step P9, then download the calendar file.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(project.CertificationCallTimeZone, out _))
            return NotYet($"P9's time zone '{project.CertificationCallTimeZone}' is not one this machine knows: pick it again in step P9.");

        var start = new CalDateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, project.CertificationCallTimeZone);
        var call = new CalendarEvent
        {
            Uid = $"certification-call-{project.Id}@channel-manager-dashboard",
            Summary = $"Mews certification call · {project.Name}",
            Description = "The 90-minute Mews Channel Manager API certification call: inventory push tests live, then reservation tests by email, then error tests." +
                (attendees.Count > 0 ? "\nAttendees: " + string.Join(", ", attendees.Select(a => a.Display)) : ""),
            Start = start,
            End = start.AddMinutes(minutes),
        };
        foreach (var person in attendees.Where(a => a.Email.Length > 0))
            call.Attendees.Add(new Attendee($"mailto:{person.Email}") { CommonName = person.Name.Length > 0 ? person.Name : null, Role = "REQ-PARTICIPANT" });
        var calendar = new Ical.Net.Calendar();
        // With its STANDARD and DAYLIGHT rules: a bare TZID leaves some calendars guessing the offset.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(project.CertificationCallTimeZone));
        calendar.Events.Add(call);
        return Result.Of(new CalendarSerializer().SerializeToString(calendar) ?? "");
    }

    private static Result<string> NotYet(string why) => Result.Invalid("P9", why).As<string>();
}
