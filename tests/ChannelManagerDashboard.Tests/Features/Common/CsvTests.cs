using ChannelManagerDashboard.Domain.Common;

namespace ChannelManagerDashboard.Tests.Features.Common;

public sealed class CsvTests
{
    private static readonly string[] Required = ["rate_plan_code", "space_type_code"];
    private static readonly string[] Optional = ["name"];

    private static IReadOnlyList<CsvRecord> Parsed(string text)
    {
        var (records, problem) = Csv.Parse(text);
        Assert.Null(problem);
        return records;
    }

    private static CsvTable Table(string text, int maxRows = 10)
    {
        var (table, problem) = CsvTable.Read(text, Required, Optional, maxRows);
        Assert.Null(problem);
        Assert.NotNull(table);
        return table;
    }

    private static string Refusal(string text, int maxRows = 10)
    {
        var (table, problem) = CsvTable.Read(text, Required, Optional, maxRows);
        Assert.Null(table);
        Assert.NotNull(problem);
        return problem;
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
        var (records, problem) = Csv.Parse("code,name\nSGL,Single\nSTE,\"Canal Suite\nDBL,Double\n");

        Assert.Empty(records);
        Assert.Equal("Line 3: a quoted field is never closed. Check the quotes on that line.", problem);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused_with_its_line()
    {
        var (records, problem) = Csv.Parse("code,name\nSGL,\"Single\nroom\"\nSTE,\"Canal\" Suite\n");

        Assert.Empty(records);
        Assert.NotNull(problem);
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
    public void Columns_may_come_in_any_order_and_their_names_in_any_spelling()
    {
        var table = Table("Space type code,Name,RATE PLAN CODE\nSGL,Single room,FF\nDBL\n");

        Assert.Equal(("FF", "SGL", "Single room"), (table.Rows[0]["rate_plan_code"], table.Rows[0]["space_type_code"], table.Rows[0]["name"]));
        Assert.Equal(("", "DBL", ""), (table.Rows[1]["rate_plan_code"], table.Rows[1]["space_type_code"], table.Rows[1]["name"]));
        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
        Assert.Empty(table.Problems);
    }

    [Fact]
    public void Optional_columns_may_be_left_out()
    {
        var table = Table("rateplancode,spaceTypeCode\nFF,SGL\n");

        Assert.Equal("", Assert.Single(table.Rows)["name"]);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var problem = Refusal("rate_plan_code,name\nFF,Flex\n");

        Assert.Contains("Missing: space_type_code.", problem);
        Assert.Contains("it has 'rate_plan_code', 'name'.", problem);
    }

    [Fact]
    public void An_unknown_column_is_named_rather_than_ignored()
    {
        var problem = Refusal("rate_plan_code,space_type_code,colour\nFF,SGL,red\n");

        Assert.Contains("Unknown: colour.", problem);
        Assert.DoesNotContain("Missing", problem);
    }

    [Fact]
    public void A_column_named_twice_is_refused()
    {
        var problem = Refusal("rate_plan_code,space_type_code,Rate plan code\nFF,SGL,NR\n");

        Assert.Contains("Repeated: rateplancode.", problem);
    }

    [Fact]
    public void More_rows_than_the_limit_are_refused_and_the_limit_itself_is_read()
    {
        var text = "rate_plan_code,space_type_code\n" + string.Concat(Enumerable.Repeat("FF,SGL\n", 11));

        Assert.Equal("The file has 11 rows; the limit is 10. Split it into smaller files.", Refusal(text));
        Assert.Equal(11, Table(text, maxRows: 11).Rows.Count);
    }

    [Fact]
    public void An_empty_file_is_refused_with_the_columns_it_needs()
    {
        Assert.Equal("The file is empty. The first line must name the columns: rate_plan_code, space_type_code, name.", Refusal("\r\n\r\n"));
    }

    [Fact]
    public void A_row_with_more_fields_than_the_header_is_reported_and_left_out()
    {
        var table = Table("rate_plan_code,space_type_code\nFF,SGL\nNR,Canal Suite, top floor\nBB,DBL\n");

        Assert.Equal(["FF", "BB"], table.Rows.Select(r => r["rate_plan_code"]));
        Assert.Equal("Line 3: 3 fields, but the header names 2. Put a field that contains a comma in quotes.", Assert.Single(table.Problems));
    }

    [Fact]
    public void A_CSV_problem_is_passed_on_instead_of_reading_the_header()
    {
        Assert.StartsWith("Line 2: a quoted field is never closed.", Refusal("rate_plan_code,space_type_code\n\"FF,SGL\n"));
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
