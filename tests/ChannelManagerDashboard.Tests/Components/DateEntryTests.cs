using System.Globalization;
using ChannelManagerDashboard.Components;

namespace ChannelManagerDashboard.Tests.Components;

public sealed class DateEntryTests
{
    [Theory]
    [InlineData("de-DE", "15.12.2026")]
    [InlineData("en-US", "12/15/2026")]
    [InlineData("en-GB", "15/12/2026")]
    [InlineData("de-DE", "2026-12-15")]
    [InlineData("en-US", "2026-12-15")]
    [InlineData("", "2026-12-15")]
    public void A_date_is_read_as_the_browsers_language_writes_it_and_as_ISO(string culture, string text)
    {
        Assert.True(DateEntry.TryParse(text, new CultureInfo(culture), out var date));
        Assert.Equal(new DateTime(2026, 12, 15), date);
    }

    [Theory]
    [InlineData("de-DE", "15.12.2026")]
    [InlineData("en-US", "12/15/2026")]
    [InlineData("", "2026-12-15")]
    public void A_date_is_shown_as_the_browsers_language_writes_it_with_a_four_digit_year(string culture, string shown)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            Assert.Equal(shown, DateEntry.Converter.Convert(new DateTime(2026, 12, 15)));
            Assert.Equal(new DateTime(2026, 12, 15), DateEntry.Converter.ConvertBack(shown));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Another_calendar_falls_back_to_ISO_so_years_stay_Mews_years()
    {
        var thai = new CultureInfo("th-TH");

        Assert.Equal(DateEntry.Iso, DateEntry.FormatOf(thai));
        Assert.False(DateEntry.TryParse("15/12/2569", thai, out _));
    }

    [Fact]
    public void What_is_no_date_in_either_form_is_refused_with_both_forms_named()
    {
        var german = new CultureInfo("de-DE");

        Assert.False(DateEntry.TryParse("15.13.2026", german, out _));
        Assert.Equal("dd.MM.yyyy (e.g. 15.12.2026) or yyyy-MM-dd", DateEntry.Hint(german));
    }
}
