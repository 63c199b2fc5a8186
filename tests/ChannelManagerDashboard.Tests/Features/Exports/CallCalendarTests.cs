using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.CertificationCall;
using ChannelManagerDashboard.Features.Exports;

namespace ChannelManagerDashboard.Tests.Features.Exports;

public sealed class CallCalendarTests
{
    private static CertificationProject Project(DateTime? at = null, string zone = "Europe/Prague") => new()
    {
        Id = 7, Name = "Acme CM", CertificationCallAt = at ?? new DateTime(2026, 12, 15, 14, 30, 0), CertificationCallTimeZone = zone,
    };

    [Fact]
    public void The_call_reads_back_at_P9s_time_in_its_zone_for_90_minutes_with_the_attendees()
    {
        var written = CallCalendar.Write(Project(), CallAttendees.Parse("Jana <jana@acme.example>\nmarketplace@mews.example\nPetr"));

        Assert.True(written.Succeeded);
        var ics = written.Value!;
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var call = Assert.Single(calendar.Events);
        Assert.Equal("Mews certification call · Acme CM", call.Summary);
        Assert.Equal("Europe/Prague", call.Start!.TzId);
        Assert.Equal(new DateTime(2026, 12, 15, 14, 30, 0), call.Start.Value);
        Assert.Equal(new DateTime(2026, 12, 15, 16, 0, 0), call.End!.Value);
        // 14:30 in Prague in December (CET, UTC+1) is 13:30 UTC.
        Assert.Equal(new DateTime(2026, 12, 15, 13, 30, 0, DateTimeKind.Utc), call.Start.AsUtc);
        Assert.Equal(["mailto:jana@acme.example", "mailto:marketplace@mews.example"], call.Attendees.Select(a => a.Value!.ToString()));
        Assert.Equal("Jana", call.Attendees[0].CommonName);
        Assert.Contains("Petr", call.Description);
        Assert.Contains("Europe/Prague", calendar.TimeZones.Select(z => z.TzId));
        Assert.Contains("BEGIN:STANDARD", ics);
        Assert.Contains("TZOFFSETTO:+0100", ics);
    }

    [Fact]
    public void Without_a_P9_date_or_with_an_unknown_zone_there_is_no_file_and_the_reason_says_where_to_fix_it()
    {
        var noDate = new CertificationProject { Name = "Acme CM", CertificationCallTimeZone = "Europe/Prague" };
        Assert.Contains("step P9", CallCalendar.Write(noDate, []).Errors["P9"]);
        Assert.Contains("'Mars/Olympus'", CallCalendar.Write(Project(zone: "Mars/Olympus"), []).Errors["P9"]);
    }
}
