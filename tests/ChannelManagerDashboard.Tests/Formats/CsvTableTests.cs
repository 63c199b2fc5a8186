using ChannelManagerDashboard.Formats;

namespace ChannelManagerDashboard.Tests.Formats;

public sealed class CsvTableTests
{
    private static readonly string[] Required = ["rate_plan_code", "space_type_code"];
    private static readonly string[] Optional = ["name"];

    private static CsvTable Table(string text, int maxRows = 10)
    {
        var read = CsvTable.Read(text, Required, Optional, maxRows);
        Assert.True(read.Succeeded, read.Message);
        return read.Value!;
    }

    private static string Refusal(string text, int maxRows = 10)
    {
        var read = CsvTable.Read(text, Required, Optional, maxRows);
        Assert.False(read.Succeeded);
        Assert.Null(read.Value);
        return read.Message;
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
}
