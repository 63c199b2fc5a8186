using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class MappingFileTests
{
    private const string Header = "rate_plan_code,space_type_code,cm_rate_code,cm_room_code,excluded_reason\n";

    private static readonly ExportHeader About = new("Keizersgracht Demo Hotel & Hostel", "CM connection - main", 4,
        new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero));

    private static MappingFile Parsed(string text)
    {
        var (file, problems) = MappingFile.Parse(text);
        Assert.Empty(problems);
        Assert.NotNull(file);
        return file;
    }

    private static IReadOnlyList<string> ApplyProblems(string csv)
    {
        var (state, problems) = Parsed(csv).ApplyTo(Mappings.Catalog(), Mappings.Demo());
        Assert.Null(state);
        return problems;
    }

    private static MappingState Applied(MappingFile file, MappingState state)
    {
        var (next, problems) = file.ApplyTo(state, Mappings.Demo());
        Assert.Empty(problems);
        Assert.NotNull(next);
        return next;
    }

    private static MappingState Reviewed() => Mappings.Everything().MapSpaces("TRP").Assign(CmCodeKind.Room, "BED8", null)
        .Exclude("FF", "BED8", "Beds are sold, but \"not\" flexibly, by us").Exclude("NR", "BED8").Exclude("NET", "BED8").Exclude("LS7", "BED8")
        with
    { Rates = [.. Mappings.Catalog().Rates.Select(r => r.Code == "P-FF" ? r with { Name = "=Flexible, all channels" } : r)] };

    [Fact]
    public void The_CSV_export_has_a_row_per_combination_with_names_and_status()
    {
        var lines = MappingExport.Csv(Mappings.Demo(), Reviewed()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(",", MappingFile.CsvColumns), lines[0]);
        Assert.Equal(27, lines.Length);
        Assert.Equal("FF,Fully Flexible,SGL,Single Room,P-FF,\"'=Flexible, all channels\",R-SGL,Room SGL,,mapped", lines[1]);
        Assert.Contains("FF,Fully Flexible,TRP,Triple Room,P-FF,\"'=Flexible, all channels\",R-TRP,Room TRP,,\"mapped, not pushed\"", lines);
        Assert.Contains("NET,Wholesale Net (B2B),BED8,Bed in 8-Bed Mixed Dorm,P-NET,Rate NET,,,Not sold on our channels,excluded", lines);
        Assert.Contains("CORP,Corporate Negotiated,SGL,Single Room,,,R-SGL,Room SGL,,\"unmapped, not pushed\"", lines);
    }

    [Fact]
    public void An_exported_CSV_imports_back_to_the_same_mapping()
    {
        var state = Reviewed();

        var back = Applied(Parsed(MappingExport.Csv(Mappings.Demo(), state)), state with { SpaceTypeRooms = new Dictionary<string, string>(), RatePlanRates = new Dictionary<string, string>(), Exclusions = [] });

        Assert.Equal(state.SpaceTypeRooms.OrderBy(a => a.Key), back.SpaceTypeRooms.OrderBy(a => a.Key));
        Assert.Equal(state.RatePlanRates.OrderBy(a => a.Key), back.RatePlanRates.OrderBy(a => a.Key));
        Assert.Equal(state.Exclusions.OrderBy(e => e.RatePlanCode), back.Exclusions.OrderBy(e => e.RatePlanCode));
        Assert.Equal(state.Rooms, back.Rooms);
        Assert.Equal(state.Rates, back.Rates);
    }

    [Fact]
    public void An_exported_JSON_brings_its_catalog_into_an_empty_mapping()
    {
        var state = Reviewed();
        var json = MappingExport.Json(Mappings.Demo(), state, About);

        var back = Applied(Parsed(json), MappingState.Empty);

        Assert.Contains("\"format\": \"ChannelManagerDashboard mapping v1\"", json);
        Assert.Equal(state.Rooms, back.Rooms);
        Assert.Equal(state.Rates, back.Rates);
        Assert.Equal(state.SpaceTypeRooms.OrderBy(a => a.Key), back.SpaceTypeRooms.OrderBy(a => a.Key));
        Assert.Equal(state.RatePlanRates.OrderBy(a => a.Key), back.RatePlanRates.OrderBy(a => a.Key));
        Assert.Equal(state.Exclusions.OrderBy(e => e.RatePlanCode), back.Exclusions.OrderBy(e => e.RatePlanCode));
    }

    [Fact]
    public void An_exported_JSON_of_a_mapping_with_only_exclusions_imports_back()
    {
        var state = MappingState.Empty.Exclude("NET", "BED8");

        var back = Applied(Parsed(MappingExport.Json(Mappings.Demo(), state, About)), MappingState.Empty);

        Assert.Equal(state.Exclusions, back.Exclusions);
    }

    [Fact]
    public void Importing_sets_what_the_rows_mention_and_keeps_the_rest()
    {
        var file = Parsed(Header + "FF,SGL,,,\nNR,DBL,P-NR,R-DBL,\nNET,BED8,P-NET,R-BED8,\n");

        var back = Applied(file, Mappings.Everything().Exclude("NET", "BED8").Exclude("LS7", "STE"));

        Assert.False(back.SpaceTypeRooms.ContainsKey("SGL"));
        Assert.False(back.RatePlanRates.ContainsKey("FF"));
        Assert.Equal(("R-DBL", "R-TWN", "P-BB"), (back.SpaceTypeRooms["DBL"], back.SpaceTypeRooms["TWN"], back.RatePlanRates["BB"]));
        Assert.Equal([("LS7", "STE")], back.Exclusions.Select(e => (e.RatePlanCode, e.SpaceTypeCode)));
        Assert.Equal(Mappings.Catalog().Rooms, back.Rooms);
    }

    [Fact]
    public void A_combination_the_configuration_does_not_have_is_refused()
    {
        var problem = Assert.Single(ApplyProblems(Header + "LS7,SGL,P-LS7,R-SGL,\n"));

        Assert.StartsWith("Line 2: LS7 × SGL is not a combination in the configuration this page shows.", problem);
    }

    [Fact]
    public void A_CM_code_missing_from_the_catalog_is_refused()
    {
        var problem = Assert.Single(ApplyProblems(Header + "FF,SGL,P-FF,R-NOPE,\n"));

        Assert.StartsWith("Line 2: CM room R-NOPE is not in your catalog.", problem);
    }

    [Fact]
    public void Two_rows_that_give_a_rate_plan_different_CM_rates_are_refused_naming_both_rows()
    {
        var problem = Assert.Single(ApplyProblems(Header + "FF,SGL,P-FF,R-SGL,\nFF,DBL,P-NR,R-DBL,\n"));

        Assert.Equal("Line 3: rate plan FF goes to CM rate 'P-NR' here but 'P-FF' on Line 2. A rate plan has one CM rate: make the rows agree.", problem);
    }

    [Fact]
    public void A_row_that_leaves_a_mapped_rate_plan_empty_disagrees_with_the_others()
    {
        var problem = Assert.Single(ApplyProblems(Header + "FF,SGL,P-FF,R-SGL,\nFF,DBL,,R-DBL,\n"));

        Assert.StartsWith("Line 3: rate plan FF goes to CM rate '' here but 'P-FF' on Line 2.", problem);
    }

    [Fact]
    public void Two_space_types_on_one_CM_room_are_refused()
    {
        var problem = Assert.Single(ApplyProblems(Header + "FF,SGL,P-FF,R-SGL,\nFF,DBL,P-FF,R-SGL,\n"));

        Assert.Equal("Line 2: CM room R-SGL receives space types SGL and DBL. Two space types on one CM room would overwrite each other's availability; give each its own.", problem);
    }

    [Fact]
    public void The_same_combination_twice_is_refused()
    {
        var problem = Assert.Single(ApplyProblems(Header + "FF,SGL,P-FF,R-SGL,\nNR,SGL,P-NR,R-SGL,\nFF,SGL,P-FF,R-SGL,\n"));

        Assert.Equal("Line 4: FF × SGL appears twice (also Line 2). Keep one row.", problem);
    }

    [Fact]
    public void An_exclusion_with_a_reason_over_the_limit_is_refused()
    {
        var problem = Assert.Single(ApplyProblems(Header + $"NET,BED8,,,{new string('r', MappingRules.MaxReasonLength + 1)}\n"));

        Assert.StartsWith("Line 2: The reason is 501 characters long", problem);
    }

    [Fact]
    public void Every_problem_in_the_file_is_reported_at_once()
    {
        var problems = ApplyProblems(Header + "LS7,SGL,P-LS7,R-SGL,\nFF,SGL,P-FF,R-NOPE,\nFF,SGL,P-FF,R-SGL,\n");

        Assert.Equal(["Line 2:", "Line 3:", "Line 4:"], problems.Select(p => p[..7]));
    }

    [Fact]
    public void The_import_edit_refuses_with_the_count_and_every_problem()
    {
        var refusal = Mappings.Refused(new ImportMappingEdit(Parsed(Header + "LS7,SGL,P-LS7,R-SGL,\nFF,SGL,P-FF,R-NOPE,\n")).Apply(Mappings.Catalog(), Mappings.Context()));

        Assert.StartsWith("Nothing was imported; fix these 2 problems in the file and import it again:\nLine 2: LS7 × SGL", refusal);
        Assert.Contains("\nLine 3: CM room R-NOPE", refusal);
    }

    [Fact]
    public void The_import_edit_describes_what_the_file_maps()
    {
        var result = new ImportMappingEdit(Parsed(MappingExport.Csv(Mappings.Demo(), Reviewed()))).Apply(Mappings.Catalog(), Mappings.Context());

        Assert.Equal("Imported the mapping file: 6 space types and 5 rate plans mapped, 4 exclusions", result.Value!.Description);
    }

    [Fact]
    public void A_CSV_with_the_wrong_columns_is_refused_before_any_row_is_read()
    {
        var (file, problems) = MappingFile.Parse("rate_plan,space_type_code,cm_rate_code,cm_room_code\nFF,SGL,P-FF,R-SGL\n");

        Assert.Null(file);
        var problem = Assert.Single(problems);
        Assert.Contains("Missing: rate_plan_code.", problem);
        Assert.Contains("Unknown: rateplan.", problem);
    }

    [Fact]
    public void A_CSV_row_with_too_many_fields_refuses_the_file()
    {
        var (file, problems) = MappingFile.Parse(Header + "FF,SGL,P-FF,R-SGL,Not sold, ever\n");

        Assert.Null(file);
        Assert.Equal(["Line 2: 6 fields, but the header names 5. Put a field that contains a comma in quotes."], problems);
    }

    [Fact]
    public void JSON_without_combinations_or_with_wrongly_typed_ones_is_refused()
    {
        Assert.Equal(["The JSON must be an object with a \"combinations\" array, as the dashboard exports it."], MappingFile.Parse("""{"rows":[]}""").Texts());
        Assert.Equal(["combinations[1]: must be an object whose fields ratePlanCode, spaceTypeCode, cmRateCode, cmRoomCode, excludedReason are strings."],
            MappingFile.Parse("""{"combinations":[{"ratePlanCode":"FF","spaceTypeCode":"SGL"},{"ratePlanCode":1}]}""").Texts());
    }

    [Fact]
    public void A_JSON_catalog_with_bad_entries_is_reported_under_catalog()
    {
        var (file, problems) = MappingFile.Parse("""{"catalog":{"rooms":[{"code":""}]},"combinations":[]}""");

        Assert.Null(file);
        Assert.Equal(["catalog: rooms[0]: The code is empty. Give the code your channel manager uses for it."], problems);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal(["The file is empty. Import a mapping exported from this page (CSV or JSON)."], MappingFile.Parse(" \n").Texts());
    }

    [Fact]
    public void Formula_looking_reasons_survive_the_round_trip()
    {
        var state = Mappings.Catalog().Exclude("NET", "BED8", "-B2B only sells rooms; =no beds");

        var csv = MappingExport.Csv(Mappings.Demo(), state);

        Assert.Contains(",'-B2B only sells rooms; =no beds,excluded\r\n", csv);
        Assert.Equal(state.Exclusions, Applied(Parsed(csv), Mappings.Catalog()).Exclusions);
    }
}
