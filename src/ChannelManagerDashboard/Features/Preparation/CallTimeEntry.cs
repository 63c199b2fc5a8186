using System.Globalization;
using ChannelManagerDashboard.Components;

namespace ChannelManagerDashboard.Features.Preparation;

/// <summary>
/// P9's date, time and zone as picked: the date with its time (midnight until one is picked) goes into the fields,
/// and once a date is picked the browser's own zone unless one was typed. A time may come first and waits for its
/// date: a time field switched on by the date lost what was typed into it when the page redrew before it was left.
/// </summary>
public sealed class CallTimeEntry
{
    /// <summary>The stored date and time last shown, so a re-render while a time is being typed does not replace it.</summary>
    private DateTime? shown;

    public DateTime? Date { get; private set; }
    public TimeSpan? Time { get; private set; }

    /// <summary>Why the typed date is not one; the typed text stays in the field for fixing.</summary>
    public string? DateProblem { get; private set; }

    public void Show(PreparationInput fields)
    {
        if (shown == fields.CertificationCallAt && (Date, Time) != (null, null))
            return;
        shown = fields.CertificationCallAt;
        Date = shown?.Date;
        Time = shown?.TimeOfDay;
    }

    public void CheckDateText(string? text) =>
        DateProblem = string.IsNullOrWhiteSpace(text) || DateEntry.TryParse(text, DateEntry.Culture, out _)
            ? null
            : $"'{text.Trim()}' is not a date. Write it as {DateEntry.Hint(DateEntry.Culture)} or pick it from the calendar; the saved date is kept until then.";

    /// <returns>Whether the browser's zone is wanted: a date is picked and no zone is typed.</returns>
    public bool PickDate(PreparationInput fields, DateTime? picked)
    {
        Date = picked;
        return Apply(fields);
    }

    /// <inheritdoc cref="PickDate"/>
    public bool PickTime(PreparationInput fields, TimeSpan? picked)
    {
        Time = picked;
        return Apply(fields);
    }

    /// <summary>
    /// Takes the browser's zone unless one was typed while the browser answered (the user's choice stays). A zone the
    /// list does not hold leaves the field empty for the user to pick, never UTC.
    /// </summary>
    public static void TakeBrowserZone(PreparationInput fields, string? browserZone)
    {
        if (fields.CertificationCallTimeZone.Length == 0 && TimeZoneRule.IsKnown(browserZone ?? ""))
            fields.CertificationCallTimeZone = browserZone!;
    }

    /// <summary>
    /// The call as it will be saved, spelled out: a date typed in another order than meant, or a time still at
    /// midnight, shows here before the save. Null until a date is picked.
    /// </summary>
    public static string? ReadBack(PreparationInput fields) => fields.CertificationCallAt is { } at
        ? string.Create(CultureInfo.InvariantCulture, $"The call: {at:dddd d MMMM yyyy} at {at:HH:mm}, ")
          + (TimeZoneRule.IsKnown(fields.CertificationCallTimeZone) ? $"{fields.CertificationCallTimeZone.Trim()} time." : "in a time zone still to pick.")
        : null;

    /// <summary>The zones whose name holds <paramref name="text"/>; all of them for no text.</summary>
    public static IEnumerable<string> SearchZones(string? text) =>
        string.IsNullOrWhiteSpace(text) ? TimeZoneRule.Known : TimeZoneRule.Known.Where(z => z.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase));

    private bool Apply(PreparationInput fields)
    {
        fields.CertificationCallAt = shown = Date is { } day ? day.Date + (Time ?? TimeSpan.Zero) : null;
        return Date is not null && fields.CertificationCallTimeZone.Length == 0;
    }
}
