using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Preparation;

namespace ChannelManagerDashboard.Tests.Features.Preparation;

public sealed class CallTimeEntryTests
{
    [Fact]
    public void A_picked_date_is_stored_at_midnight_until_a_time_is_picked_and_asks_for_the_browsers_zone()
    {
        var fields = new PreparationInput();
        var entry = new CallTimeEntry();
        entry.Show(fields);

        Assert.True(entry.PickDate(fields, new DateTime(2026, 3, 2)));
        Assert.Equal(new DateTime(2026, 3, 2), fields.CertificationCallAt);
        CallTimeEntry.TakeBrowserZone(fields, "Europe/Prague");
        Assert.False(entry.PickTime(fields, new TimeSpan(14, 30, 0)));

        Assert.Equal((new DateTime(2026, 3, 2, 14, 30, 0), "Europe/Prague"), (fields.CertificationCallAt, fields.CertificationCallTimeZone));
    }

    [Fact]
    public void A_time_picked_before_the_date_stores_nothing_until_the_date_comes_then_both()
    {
        var fields = new PreparationInput();
        var entry = new CallTimeEntry();
        entry.Show(fields);

        Assert.False(entry.PickTime(fields, new TimeSpan(14, 30, 0)));
        Assert.Null(fields.CertificationCallAt);
        entry.Show(fields);
        Assert.True(entry.PickDate(fields, new DateTime(2026, 3, 2)));

        Assert.Equal(new DateTime(2026, 3, 2, 14, 30, 0), fields.CertificationCallAt);
    }

    [Fact]
    public void A_zone_typed_meanwhile_or_unknown_to_the_list_is_never_replaced_by_the_browsers()
    {
        var fields = new PreparationInput { CertificationCallTimeZone = "Europe/Amsterdam" };
        CallTimeEntry.TakeBrowserZone(fields, "Europe/Prague");
        Assert.Equal("Europe/Amsterdam", fields.CertificationCallTimeZone);

        var empty = new PreparationInput();
        CallTimeEntry.TakeBrowserZone(empty, "Mars/Olympus");
        Assert.Equal("", empty.CertificationCallTimeZone);
    }

    [Fact]
    public void A_reload_while_a_time_is_typed_keeps_it_and_a_new_stored_time_replaces_it()
    {
        var fields = new PreparationInput { CertificationCallAt = new DateTime(2026, 3, 2, 9, 0, 0) };
        var entry = new CallTimeEntry();
        entry.Show(fields);
        Assert.Equal((new DateTime(2026, 3, 2), new TimeSpan(9, 0, 0)), (entry.Date, entry.Time));

        entry.Show(fields);
        Assert.Equal(new TimeSpan(9, 0, 0), entry.Time);
        entry.Show(new PreparationInput { CertificationCallAt = new DateTime(2026, 4, 1, 10, 0, 0) });
        Assert.Equal((new DateTime(2026, 4, 1), new TimeSpan(10, 0, 0)), (entry.Date, entry.Time));
    }

    [Fact]
    public void Typed_text_that_is_not_a_date_is_refused_in_words_and_empty_text_is_fine()
    {
        var entry = new CallTimeEntry();

        entry.CheckDateText("next Monday");
        Assert.StartsWith("'next Monday' is not a date.", entry.DateProblem);
        entry.CheckDateText(" ");
        Assert.Null(entry.DateProblem);
    }

    [Fact]
    public void The_zone_search_finds_names_holding_the_text_and_the_rule_refuses_an_unknown_zone_on_its_field()
    {
        Assert.Contains("Europe/Prague", CallTimeEntry.SearchZones("prag"));
        Assert.Equal(TimeZoneRule.Known, CallTimeEntry.SearchZones(""));

        var refused = TimeZoneRule.Check("Europe/Prage");
        Assert.Equal(ResultKind.Invalid, refused.Kind);
        Assert.Contains("Did you mean Europe/Prague", refused.Errors[nameof(PreparationInput.CertificationCallTimeZone)]);
        Assert.True(TimeZoneRule.Check("").Succeeded);
    }

    [Fact]
    public void The_read_back_spells_out_the_day_the_time_and_the_zone_or_says_the_zone_is_still_to_pick()
    {
        var fields = new PreparationInput();
        Assert.Null(CallTimeEntry.ReadBack(fields));

        fields.CertificationCallAt = new DateTime(2026, 12, 15);
        Assert.Equal("The call: Tuesday 15 December 2026 at 00:00, in a time zone still to pick.", CallTimeEntry.ReadBack(fields));

        fields.CertificationCallAt = new DateTime(2026, 12, 15, 14, 30, 0);
        fields.CertificationCallTimeZone = "Europe/Prague ";
        Assert.Equal("The call: Tuesday 15 December 2026 at 14:30, Europe/Prague time.", CallTimeEntry.ReadBack(fields));
    }
}
