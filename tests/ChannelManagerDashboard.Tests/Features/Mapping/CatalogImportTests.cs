using System.Text;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class CatalogImportTests
{
    private static IReadOnlyList<CatalogEntry> Entries(string text)
    {
        var (entries, problems) = CatalogImport.Parse(text);
        Assert.Empty(problems);
        Assert.NotNull(entries);
        return entries;
    }

    private static IReadOnlyList<string> Problems(string text)
    {
        var (entries, problems) = CatalogImport.Parse(text);
        Assert.Null(entries);
        Assert.NotEmpty(problems);
        return problems;
    }

    [Fact]
    public void A_CSV_catalog_is_read_with_kinds_in_any_case_and_missing_names_left_empty()
    {
        var entries = Entries("Kind,Code,Name\r\nroom,R-DBL,\"Double, canal view\"\r\nRATE,P-FF,Flexible\r\nroom,R-SGL,\r\n");

        Assert.Equal(
            [new CatalogEntry(CmCodeKind.Room, "R-DBL", "Double, canal view"), new CatalogEntry(CmCodeKind.Rate, "P-FF", "Flexible"),
             new CatalogEntry(CmCodeKind.Room, "R-SGL", "")],
            entries);
    }

    [Fact]
    public void A_catalog_pasted_from_a_spreadsheet_is_read()
    {
        var entries = Entries("code\tkind\nR-DBL\troom\nP-FF\trate\n");

        Assert.Equal([new CatalogEntry(CmCodeKind.Room, "R-DBL", ""), new CatalogEntry(CmCodeKind.Rate, "P-FF", "")], entries);
    }

    [Fact]
    public void A_JSON_catalog_is_read_bare_or_inside_a_catalog_object()
    {
        const string body = """{"rooms":[{"code":"R-DBL","name":"Double"},{"code":" R-SGL "}],"rates":[{"code":"P-FF","name":"Flexible"}]}""";
        CatalogEntry[] expected =
            [new(CmCodeKind.Room, "R-DBL", "Double"), new(CmCodeKind.Room, "R-SGL", ""), new(CmCodeKind.Rate, "P-FF", "Flexible")];

        Assert.Equal(expected, Entries(body));
        Assert.Equal(expected, Entries($"  {{\"catalog\":{body}}}"));
        Assert.Equal([new CatalogEntry(CmCodeKind.Rate, "P-NR", "")], Entries("""{"rates":[{"code":"P-NR"}]}"""));
    }

    [Fact]
    public void Every_bad_CSV_row_is_reported_with_its_line_and_nothing_is_imported()
    {
        var problems = Problems(
            "kind,code,name\n" +
            "room,R-DBL,Double\n" +
            "suite,R-STE,Suite\n" +
            "room,,No code\n" +
            $"rate,{new string('P', 51)},Too long\n" +
            "rate,P-FF,Flexible\n" +
            "room,R-DBL,Double again\n" +
            "rate,P-NR,\"Non-refundable, prepaid\",extra\n");

        Assert.Equal(
        [
            "Line 8: 4 fields, but the header names 3. Put a field that contains a comma in quotes.",
            "Line 3: the kind is 'suite'; it must be 'room' or 'rate'.",
            "Line 4: The code is empty. Give the code your channel manager uses for it.",
            "Line 5: The code is 51 characters long; the limit is 50.",
            "Line 7: room code R-DBL appears twice (also Line 2). Keep one.",
        ], problems);
    }

    [Fact]
    public void The_same_code_may_be_a_room_and_a_rate()
    {
        var entries = Entries("kind,code\nroom,STD\nrate,STD\n");

        Assert.Equal([CmCodeKind.Room, CmCodeKind.Rate], entries.Select(e => e.Kind));
    }

    [Fact]
    public void Codes_with_spaces_around_them_or_control_characters_are_refused()
    {
        var problems = Problems("kind,code,name\nroom,\" R-DBL\",Double\nroom,R-SGL,\"Single\tcourtyard\"\n");

        Assert.Equal(
        [
            "Line 2: The code starts or ends with a space. Remove it.",
            "Line 3: The name contains a control character (a tab or line break). Remove it.",
        ], problems);
    }

    [Fact]
    public void A_CSV_with_the_wrong_columns_is_refused_naming_them()
    {
        var problem = Assert.Single(Problems("type,code,name\nroom,R-DBL,Double\n"));

        Assert.StartsWith("The first line must name the columns kind, code (optionally name); it has 'type', 'code', 'name'.", problem);
        Assert.Contains("Missing: kind.", problem);
        Assert.Contains("Unknown: type.", problem);
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        Assert.StartsWith("The file has no rooms or rates.", Assert.Single(Problems("kind,code,name\n")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t")]
    public void Empty_text_is_refused(string text)
    {
        Assert.Equal(["There is nothing to import. Paste the catalog or choose a file."], Problems(text));
    }

    [Fact]
    public void JSON_entries_of_the_wrong_type_are_each_reported_by_index()
    {
        var problems = Problems("""{"rooms":[{"code":"R-DBL"},{"code":5,"name":"Five"},"R-SGL",{"code":"","name":"Empty"}],"rates":{"code":"P-FF"}}""");

        Assert.Equal(
        [
            "rooms[1]: must be an object whose \"code\" and \"name\" are strings.",
            "rooms[2]: must be an object whose \"code\" and \"name\" are strings.",
            "\"rates\" must be an array of {\"code\", \"name\"}.",
            "rooms[3]: The code is empty. Give the code your channel manager uses for it.",
        ], problems);
    }

    [Theory]
    [InlineData("""{"codes":[]}""")]
    [InlineData("""[{"code":"R-DBL"}]""")]
    public void JSON_that_is_not_a_catalog_object_is_refused(string text)
    {
        Assert.Equal(["The JSON must be an object with \"rooms\" and \"rates\" arrays of {\"code\", \"name\"}."], Problems(text));
    }

    [Fact]
    public void Invalid_JSON_is_refused_with_the_line_of_the_mistake()
    {
        var problem = Assert.Single(Problems("{\n  \"rooms\": [\n    {\"code\": \"R-DBL\",}\n  ]\n}"));

        Assert.StartsWith("Line 3: this is not valid JSON (", problem);
    }

    [Fact]
    public void JSON_nested_deeper_than_a_catalog_is_refused()
    {
        var problem = Assert.Single(Problems("{\"rooms\":" + new string('[', 5000) + new string(']', 5000) + "}"));

        Assert.StartsWith("Line 1: this is not valid JSON (", problem);
    }

    [Fact]
    public void A_CSV_with_more_rows_than_the_limit_is_refused_before_its_rows_are_checked()
    {
        var text = new StringBuilder("kind,code,name\n");
        for (var i = 0; i < 6000; i++)
            text.Append("room,R-").Append(i).Append(",Room ").Append(i).Append('\n');

        var problem = Assert.Single(Problems(text.ToString()));

        Assert.Equal($"The file has 6000 rows; the limit is {ImportLimits.MaxRows}. Split it into smaller files.", problem);
    }

    [Fact]
    public void A_JSON_catalog_with_more_entries_than_the_limit_is_refused()
    {
        var rooms = string.Join(",", Enumerable.Range(0, 6000).Select(i => $"{{\"code\":\"R-{i}\"}}"));

        var problem = Assert.Single(Problems($"{{\"rooms\":[{rooms}]}}"));

        Assert.Equal($"\"rooms\" has 6000 entries; the limit is {ImportLimits.MaxRows}.", problem);
    }

    [Fact]
    public void A_megabyte_of_garbage_on_one_line_is_refused_with_a_short_message()
    {
        var garbage = string.Concat(Enumerable.Range(0, ImportLimits.MaxFileBytes / 8).Select(i => i % 3 == 0 ? "x7;q,Z%&" : "kz<>|#/!"));

        var problem = Assert.Single(Problems(garbage));

        Assert.StartsWith("The first line must name the columns kind, code (optionally name); it has 'x7;q', 'Z%&kz<>|#/!kz<>|#/!x7;q', ", problem);
        Assert.Contains("Missing: kind, code.", problem);
        Assert.True(problem.Length < 2_000, $"The message is {problem.Length} characters long.");
    }

    [Fact]
    public void A_megabyte_of_garbage_after_a_brace_is_refused_as_invalid_JSON_with_a_short_message()
    {
        var problem = Assert.Single(Problems("{" + new string('x', ImportLimits.MaxFileBytes)));

        Assert.StartsWith("Line 1: this is not valid JSON (", problem);
        Assert.True(problem.Length < 500, $"The message is {problem.Length} characters long.");
    }

    [Fact]
    public void Merging_adds_new_codes_renames_existing_ones_and_keeps_the_rest()
    {
        var state = Mappings.Catalog();
        var entries = Entries("kind,code,name\nroom,R-SGL,Single courtyard\nroom,R-FAM,Family\nrate,P-FF,Rate FF\n");

        var next = Mappings.Changed(new ImportCatalogEdit(entries).Apply(state, Mappings.Context()));

        Assert.Equal(new CmCode("R-SGL", "Single courtyard"), next.Rooms.Single(r => r.Code == "R-SGL"));
        Assert.Equal(new CmCode("R-FAM", "Family"), next.Rooms[^1]);
        Assert.Equal(state.Rooms.Count + 1, next.Rooms.Count);
        Assert.Equal(state.Rates, next.Rates);
        Assert.Equal(state.Rooms.Where(r => r.Code != "R-SGL"), next.Rooms.Where(r => r.Code is not "R-SGL" and not "R-FAM"));
    }

    [Fact]
    public void Merging_keeps_the_mapping_of_a_renamed_code()
    {
        var state = Mappings.Catalog().MapSpaces("SGL");

        var result = new ImportCatalogEdit([new CatalogEntry(CmCodeKind.Room, "R-SGL", "Single")]).Apply(state, Mappings.Context());

        Assert.Equal("Imported the catalog: 0 codes added, 1 renamed", result.Value!.Description);
        Assert.Equal("R-SGL", Mappings.Changed(result).CmCodeOf(CmCodeKind.Room, "SGL"));
    }

    [Fact]
    public void Importing_the_same_catalog_again_is_refused_as_changing_nothing()
    {
        var entries = Entries("kind,code,name\nroom,R-SGL,Single\nrate,P-FF,Flexible\n");
        var once = Mappings.Changed(new ImportCatalogEdit(entries).Apply(MappingState.Empty, Mappings.Context()));

        var again = new ImportCatalogEdit(entries).Apply(once, Mappings.Context());

        Assert.Equal("The import changes nothing: every code is already in your catalog with the same name.", Mappings.Refused(again));
    }

    [Fact]
    public void A_JSON_object_naming_a_field_twice_is_refused_with_a_message_not_an_exception()
    {
        Assert.StartsWith("An object in the JSON names the same field twice.", Assert.Single(Problems("""{"rooms":[],"rooms":[{"code":"R-DBL"}]}""")));
    }

    [Fact]
    public void A_semicolon_separated_file_from_European_Excel_is_read()
    {
        Assert.Equal([new CatalogEntry(CmCodeKind.Room, "R-DBL", "Double, canal view")], Entries("kind;code;name\nroom;R-DBL;Double, canal view\n"));
    }

    [Fact]
    public void Importing_codes_without_names_keeps_the_names_already_typed()
    {
        var typed = MappingState.Empty with { Rooms = [new CmCode("R-DBL", "Double, canal view")] };

        var (merged, added, renamed) = CatalogEntry.Merge(typed, Entries("kind,code\nroom,R-DBL\nroom,R-SGL\n"));

        Assert.Equal((1, 0), (added, renamed));
        Assert.Equal([new CmCode("R-DBL", "Double, canal view"), new CmCode("R-SGL", "R-SGL")], merged.Rooms);
    }
}
