using ChannelManagerDashboard.Formats;

namespace ChannelManagerDashboard.Tests.Formats;

public sealed class CsvTests
{
    private static IReadOnlyList<CsvRecord> Parsed(string text)
    {
        var parsed = Csv.Parse(text);
        Assert.True(parsed.Succeeded, parsed.Message);
        return parsed.Value!;
    }

    /// <summary>Why the text is not CSV, with no records read.</summary>
    private static string Refusal(string text)
    {
        var parsed = Csv.Parse(text);
        Assert.False(parsed.Succeeded);
        Assert.Null(parsed.Value);
        return parsed.Message;
    }

    [Fact]
    public void Quoted_fields_keep_commas_doubled_quotes_and_line_breaks()
    {
        var records = Parsed("code,name\nSTE,\"Canal Suite, top floor\"\nDBL,\"The \"\"big\"\" one\"\nTWN,\"Two beds\nside by side\"\nSGL,Single\n");

        Assert.Equal(["STE", "Canal Suite, top floor"], records[1].Fields);
        Assert.Equal(["DBL", "The \"big\" one"], records[2].Fields);
        Assert.Equal(["TWN", "Two beds\nside by side"], records[3].Fields);
        Assert.Equal([1, 2, 3, 4, 6], records.Select(r => r.Line));
    }

    [Fact]
    public void CRLF_line_ends_and_blank_lines_give_the_same_records_as_LF()
    {
        var records = Parsed("code,name\r\n\r\nSGL,Single\r\nDBL,Double");

        Assert.Equal([["code", "name"], ["SGL", "Single"], ["DBL", "Double"]], records.Select(r => r.Fields.ToArray()));
        Assert.Equal([1, 3, 4], records.Select(r => r.Line));
    }

    [Fact]
    public void Unquoted_fields_are_trimmed_and_quoted_ones_are_kept_as_written()
    {
        var records = Parsed("  SGL ,\" padded \"");

        Assert.Equal(["SGL", " padded "], Assert.Single(records).Fields);
    }

    [Fact]
    public void Text_pasted_from_a_spreadsheet_is_read_as_tab_separated()
    {
        var records = Parsed("code\tname\r\nSTE\tCanal Suite, top floor\r\n");

        Assert.Equal(["STE", "Canal Suite, top floor"], records[1].Fields);
    }

    [Fact]
    public void A_header_with_both_tabs_and_commas_is_read_as_comma_separated()
    {
        var records = Parsed("code,name\tnote\nSGL,Single\tx");

        Assert.Equal(["code", "name\tnote"], records[0].Fields);
    }

    [Fact]
    public void An_unclosed_quote_is_refused_with_the_line_its_record_starts_on()
    {
        var problem = Refusal("code,name\nSGL,Single\nSTE,\"Canal Suite\nDBL,Double\n");

        Assert.Equal("Line 3: a quoted field is never closed. Check the quotes on that line.", problem);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused_with_its_line()
    {
        var problem = Refusal("code,name\nSGL,\"Single\nroom\"\nSTE,\"Canal\" Suite\n");

        Assert.StartsWith("Line 4: text follows a closing quote.", problem);
    }

    [Fact]
    public void Write_puts_an_apostrophe_before_formula_cells_and_quotes_what_needs_it()
    {
        var text = Csv.Write([["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)"], ["plain", "a,b", "say \"hi\"", "two\nlines"]]);

        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1)\r\nplain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", text);
    }

    [Fact]
    public void What_Write_writes_Parse_reads_back_unchanged()
    {
        IReadOnlyList<string>[] rows =
        [
            ["=1+1", "+31 20 555 0142", "-", "@home", "'quoted'"],
            ["Canal Suite, top floor", "The \"big\" one", "two\r\nlines", ""],
        ];

        var records = Parsed(Csv.Write(rows));

        Assert.Equal(rows.Select(r => r.ToArray()), records.Select(r => r.Fields.ToArray()));
    }

    [Fact]
    public void A_formula_behind_spaces_or_a_tab_is_neutralised_too_and_all_of_it_reads_back_unchanged()
    {
        IReadOnlyList<string>[] rows = [[" =HYPERLINK(\"x\")", "\t=1+1", " padded "]];

        var text = Csv.Write(rows);

        Assert.Equal("\"' =HYPERLINK(\"\"x\"\")\",\"'\t=1+1\",\" padded \"\r\n", text);
        Assert.Equal(rows[0], Parsed(text).Single().Fields);
    }
}
