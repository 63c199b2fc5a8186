using System.Net.Mail;
using ChannelManagerDashboard.Domain.Common;

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
        Lines(text).Select(line => Read(line).Value).OfType<CallAttendee>().ToList();

    /// <returns>One message per line that names an email that is not one; empty when every line reads.</returns>
    public static IReadOnlyList<string> Problems(string text) =>
        Lines(text).Select((line, i) => Read(line) is { Succeeded: false } refused ? $"Line {i + 1}: {refused.Message}" : null).OfType<string>().ToList();

    /// <summary>The list as it is stored: each line trimmed, blank lines left out.</summary>
    public static string Normalize(string text) => string.Join("\n", Lines(text));

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static Result<CallAttendee> Read(string line)
    {
        var open = line.LastIndexOf('<');
        if (open >= 0)
        {
            var close = line.IndexOf('>', open);
            if (close < 0)
                return Refused($"'{line}' opens an email with < but never closes it with >.");
            var email = line[(open + 1)..close].Trim();
            var name = line[..open].Trim().Trim('"');
            return IsEmail(email) ? Result.Of(new CallAttendee(name, email)) : Refused($"'{email}' is not an email address, e.g. anna@example.com.");
        }
        if (line.Contains('@'))
            return IsEmail(line) ? Result.Of(new CallAttendee("", line)) : Refused($"'{line}' is not an email address, e.g. anna@example.com.");
        return Result.Of(new CallAttendee(line, ""));
    }

    private static Result<CallAttendee> Refused(string why) => Result.Invalid("Attendees", why).As<CallAttendee>();

    private static bool IsEmail(string text) =>
        text.Length > 0 && !text.Contains(' ') && MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.');
}
