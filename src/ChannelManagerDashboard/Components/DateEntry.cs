using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Localization;
using MudBlazor;

namespace ChannelManagerDashboard.Components;

/// <summary>
/// Dates a person types or reads in a form follow their browser's language (Accept-Language), and ISO yyyy-MM-dd is
/// understood whatever the language. Only the UI culture follows the browser: numbers, logs, messages to Mews and
/// exports keep the server's culture, so nothing a machine reads changes with a person's language.
/// </summary>
public static partial class DateEntry
{
    public const string Iso = "yyyy-MM-dd";

    /// <summary>Languages on the Gregorian calendar: another calendar would show and read other years than Mews'.</summary>
    private static readonly CultureInfo[] Gregorian = CultureInfo.GetCultures(CultureTypes.AllCultures)
        .Where(c => c.Name.Length > 0 && c.Calendar is GregorianCalendar)
        .ToArray();

    private static readonly ConcurrentDictionary<string, IReversibleConverter<DateTime?, string?>> Converters = new();

    /// <summary>The browser's language becomes the UI culture of the request, and so of the circuit it opens.</summary>
    public static RequestLocalizationOptions Localization()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.CurrentCulture, CultureInfo.InvariantCulture),
            SupportedCultures = [CultureInfo.CurrentCulture],
            SupportedUICultures = Gregorian,
        };
        options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        return options;
    }

    /// <summary>The person's culture for dates; the invariant one (dates as yyyy-MM-dd) when the browser's is not known or not Gregorian.</summary>
    public static CultureInfo Culture => Of(CultureInfo.CurrentUICulture);

    public static CultureInfo Of(CultureInfo culture) => culture is { Name.Length: > 0, Calendar: GregorianCalendar } ? culture : CultureInfo.InvariantCulture;

    /// <summary>The culture's short date with a four-digit year; yyyy-MM-dd for the invariant culture.</summary>
    public static string FormatOf(CultureInfo culture) =>
        Of(culture).Name.Length == 0 ? Iso : Years().Replace(Of(culture).DateTimeFormat.ShortDatePattern, "yyyy");

    /// <summary>A date as the culture writes it, or as yyyy-MM-dd; false for anything else.</summary>
    public static bool TryParse(string? text, CultureInfo culture, out DateTime date)
    {
        var trimmed = text?.Trim() ?? "";
        var shown = Of(culture);
        return DateTime.TryParseExact(trimmed, Iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || DateTime.TryParseExact(trimmed, [FormatOf(shown), shown.DateTimeFormat.ShortDatePattern], shown, DateTimeStyles.None, out date);
    }

    /// <summary>How to write a date, for a hint or a refusal: the culture's form with an example, and yyyy-MM-dd.</summary>
    public static string Hint(CultureInfo culture)
    {
        var example = new DateTime(2026, 12, 15);
        return Of(culture).Name.Length == 0
            ? $"{Iso} (e.g. {example.ToString(Iso, CultureInfo.InvariantCulture)})"
            : $"{FormatOf(culture)} (e.g. {example.ToString(FormatOf(culture), Of(culture))}) or {Iso}";
    }

    /// <summary>The date pickers' converter for the person's culture: shows the culture's form, reads it and yyyy-MM-dd.</summary>
    public static IReversibleConverter<DateTime?, string?> Converter => Converters.GetOrAdd(Culture.Name, _ => new Reader(Culture));

    private sealed class Reader(CultureInfo culture) : IReversibleConverter<DateTime?, string?>
    {
        public string? Convert(DateTime? value) => value?.ToString(FormatOf(culture), Of(culture));

        public DateTime? ConvertBack(string? text) =>
            string.IsNullOrWhiteSpace(text) ? null
            : TryParse(text, culture, out var date) ? date
            : throw new FormatException($"'{text.Trim()}' is not a date. Write it as {Hint(culture)}.");
    }

    [GeneratedRegex("y+")]
    private static partial Regex Years();
}
