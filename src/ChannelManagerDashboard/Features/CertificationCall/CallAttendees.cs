using System.Net.Mail;

namespace ChannelManagerDashboard.Features.CertificationCall;

/// <summary>One person on the call; <see cref="Email"/> is empty when only a name was given.</summary>
public sealed record CallAttendee(string Name, string Email)
{
    public string Display => Email.Length == 0 ? Name : Name.Length == 0 ? Email : $"{Name} <{Email}>";
}

/// <summary>The attendee list as typed: one person a line, "Name &lt;email&gt;", a bare email or a bare name.</summary>
public static class CallAttendees
{
    public static IReadOnlyList<CallAttendee> Parse(string text) =>
        Lines(text).Select(line => Read(line).Attendee).OfType<CallAttendee>().ToList();

    /// <returns>One message per line that names an email that is not one; empty when every line reads.</returns>
    public static IReadOnlyList<string> Problems(string text) =>
        Lines(text).Select((line, i) => Read(line).Problem is { } problem ? $"Line {i + 1}: {problem}" : null).OfType<string>().ToList();

    /// <summary>The list as it is stored: each line trimmed, blank lines left out.</summary>
    public static string Normalize(string text) => string.Join("\n", Lines(text));

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static (CallAttendee? Attendee, string? Problem) Read(string line)
    {
        var open = line.LastIndexOf('<');
        if (open >= 0)
        {
            var close = line.IndexOf('>', open);
            if (close < 0)
                return (null, $"'{line}' opens an email with < but never closes it with >.");
            var email = line[(open + 1)..close].Trim();
            var name = line[..open].Trim().Trim('"');
            return IsEmail(email) ? (new CallAttendee(name, email), null) : (null, $"'{email}' is not an email address, e.g. anna@example.com.");
        }
        if (line.Contains('@'))
            return IsEmail(line) ? (new CallAttendee("", line), null) : (null, $"'{line}' is not an email address, e.g. anna@example.com.");
        return (new CallAttendee(line, ""), null);
    }

    private static bool IsEmail(string text) =>
        text.Length > 0 && !text.Contains(' ') && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');
}
