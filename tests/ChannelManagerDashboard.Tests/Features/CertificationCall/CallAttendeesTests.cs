using ChannelManagerDashboard.Features.CertificationCall;

namespace ChannelManagerDashboard.Tests.Features.CertificationCall;

public sealed class CallAttendeesTests
{
    [Fact]
    public void Each_line_is_a_person_with_a_name_an_email_or_both()
    {
        var people = CallAttendees.Parse("Jana Nováková <jana@acme-cm.example>\n\n  marketplace@mews.example \r\nPetr from QA\n\"Eva K.\" <eva@acme-cm.example>");

        Assert.Equal(
        [
            new CallAttendee("Jana Nováková", "jana@acme-cm.example"),
            new CallAttendee("", "marketplace@mews.example"),
            new CallAttendee("Petr from QA", ""),
            new CallAttendee("Eva K.", "eva@acme-cm.example"),
        ], people);
        Assert.Equal("Jana Nováková <jana@acme-cm.example>", people[0].Display);
    }

    [Theory]
    [InlineData("Jana <jana@>", "Line 1: 'jana@' is not an email address")]
    [InlineData("ok@example.com\njana@localhost", "Line 2: 'jana@localhost' is not an email address")]
    [InlineData("Jana <jana@example.com", "never closes it with >")]
    public void A_line_whose_email_is_not_one_is_named(string text, string problem) =>
        Assert.Contains(problem, Assert.Single(CallAttendees.Problems(text)));

    [Fact]
    public void The_stored_list_has_trimmed_lines_and_no_blank_ones() =>
        Assert.Equal("Jana <jana@example.com>\nPetr", CallAttendees.Normalize("  Jana <jana@example.com>  \r\n\r\n Petr \n"));
}
