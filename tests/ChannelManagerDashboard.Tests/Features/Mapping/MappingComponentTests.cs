using Bunit;
using ChannelManagerDashboard.Domain.Projects;
using ChannelManagerDashboard.Features.Mapping;
using ChannelManagerDashboard.Tests.Support;
using MudBlazor;
using MudBlazor.Extensions;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

/// <summary>The mapping editor's parts over the demo configuration, each given a view and recording the edits it asks for.</summary>
public sealed class MappingComponentTests : ComponentTest
{
    private readonly List<MappingEdit> applied = [];

    /// <summary>What the page answers: saved, unless a test says the save was refused.</summary>
    private bool accept = true;

    private Task<bool> Apply(MappingEdit edit)
    {
        applied.Add(edit);
        return Task.FromResult(accept);
    }

    private static MappingView View(MappingState state) =>
        new(new CertificationProject { Id = 7, Name = "Acme" }, [new MappingConnection(3, "Main")], new MappingConnection(3, "Main"), 1,
            DateTimeOffset.UnixEpoch, Mappings.Demo(), state, 5, null, null, null, null);

    [Fact]
    public void A_drop_onto_a_free_CM_room_maps_the_space_type()
    {
        var board = Render<MappingBoard>(p => p.Add(x => x.Kind, CmCodeKind.Room).Add(x => x.View, View(Mappings.Catalog()))
            .Add(x => x.Apply, Apply).Add(x => x.Refuse, _ => Assert.Fail("nothing is refused")));

        Drop(board, "DBL", Mappings.Room("DBL"));

        Assert.Equal(new AssignEdit(CmCodeKind.Room, "DBL", Mappings.Room("DBL")), Assert.Single(applied));
    }

    [Fact]
    public void A_drop_onto_a_taken_CM_room_is_refused_with_the_reason_and_nothing_is_saved()
    {
        var refusals = new List<string>();
        var board = Render<MappingBoard>(p => p.Add(x => x.Kind, CmCodeKind.Room).Add(x => x.View, View(Mappings.Catalog().MapSpaces("DBL")))
            .Add(x => x.Apply, Apply).Add(x => x.Refuse, refusals.Add));

        Drop(board, "TWN", Mappings.Room("DBL"));

        Assert.Empty(applied);
        Assert.StartsWith($"CM room {Mappings.Room("DBL")} already receives Mews space type DBL", Assert.Single(refusals));
    }

    [Fact]
    public void A_drop_onto_Not_mapped_unmaps_and_every_card_and_zone_is_findable_by_its_code()
    {
        var board = Render<MappingBoard>(p => p.Add(x => x.Kind, CmCodeKind.Room).Add(x => x.View, View(Mappings.Catalog().MapSpaces("DBL")))
            .Add(x => x.Apply, Apply).Add(x => x.Refuse, _ => Assert.Fail("nothing is refused")));
        Assert.NotNull(board.Find($".board-zone[data-zone='{Mappings.Room("DBL")}'] .board-item[data-item='DBL']"));
        Assert.Equal(6, board.FindAll(".board-unmapped .board-item").Count);

        Drop(board, "DBL", null);

        Assert.Equal(new AssignEdit(CmCodeKind.Room, "DBL", null), Assert.Single(applied));
    }

    [Fact]
    public async Task The_keyboard_list_saves_only_a_choice_and_shows_taken_codes_as_disabled_with_their_holder()
    {
        var keyboard = RenderWithProviders<KeyboardMapping>(p => p.Add(x => x.Kind, CmCodeKind.Room).Add(x => x.View, View(Mappings.Catalog().MapSpaces("DBL")))
            .Add(x => x.Apply, Apply));
        var select = keyboard.FindComponents<MudSelect<string>>().Single(s => s.Instance.GetState(x => x.InputId) == "pick-room-SGL");
        Assert.True(select.Instance.SelectionOnEnter);

        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(Mappings.Room("SGL")));

        Assert.Equal(new AssignEdit(CmCodeKind.Room, "SGL", Mappings.Room("SGL")), Assert.Single(applied));
        var twin = keyboard.FindComponents<MudSelect<string>>().Single(s => s.Instance.GetState(x => x.InputId) == "pick-room-TWN");
        await twin.InvokeAsync(twin.Instance.OpenMenu);
        var taken = Popovers.FindComponents<MudSelectItem<string>>().Single(i => i.Instance.GetState(x => x.Value) == Mappings.Room("DBL"));
        Assert.True(taken.Instance.Disabled);
        Assert.Contains("(has DBL)", taken.Markup);
    }

    [Fact]
    public async Task A_refused_keyboard_choice_goes_back_to_the_saved_value()
    {
        accept = false;
        var keyboard = Render<KeyboardMapping>(p => p.Add(x => x.Kind, CmCodeKind.Room).Add(x => x.View, View(Mappings.Catalog()))
            .Add(x => x.Apply, Apply));
        var before = keyboard.FindComponents<MudSelect<string>>().Single(s => s.Instance.GetState(x => x.InputId) == "pick-room-SGL").Instance;

        await keyboard.InvokeAsync(() => before.ValueChanged.InvokeAsync(Mappings.Room("SGL")));

        var after = keyboard.FindComponents<MudSelect<string>>().Single(s => s.Instance.GetState(x => x.InputId) == "pick-room-SGL").Instance;
        Assert.NotSame(before, after);
        Assert.Equal(BoardItem.Unmapped, after.GetState(x => x.Value));
    }

    [Fact]
    public void An_empty_catalog_code_is_refused_on_its_field_and_nothing_is_saved()
    {
        var catalog = Render<CatalogEditor>(p => p.Add(x => x.State, MappingState.Empty).Add(x => x.Profile, Mappings.Demo())
            .Add(x => x.Apply, Apply).Add(x => x.Draft, new CatalogDraft()));

        catalog.Find("#catalog-add").Click();

        Assert.Empty(applied);
        Assert.Contains("The code is empty", catalog.Find(".mud-input-helper-text.mud-input-error").TextContent);
    }

    [Fact]
    public void An_empty_catalog_offers_to_start_from_the_Mews_codes()
    {
        var catalog = Render<CatalogEditor>(p => p.Add(x => x.State, MappingState.Empty).Add(x => x.Profile, Mappings.Demo())
            .Add(x => x.Apply, Apply).Add(x => x.Draft, new CatalogDraft()));

        catalog.Find("#catalog-from-mews").Click();

        var import = Assert.IsType<ImportCatalogEdit>(Assert.Single(applied));
        Assert.Equal(7, import.Entries.Count(e => e.Kind == CmCodeKind.Room));
        Assert.Equal(6, import.Entries.Count(e => e.Kind == CmCodeKind.Rate));
        Assert.Contains(new CatalogEntry(CmCodeKind.Rate, "BB", "Bed & Breakfast"), import.Entries);
    }

    [Fact]
    public async Task Excluding_a_gap_asks_for_the_reason_in_a_dialog_and_insists_on_one()
    {
        var state = Mappings.Catalog().MapSpaces(Mappings.PushedSpaces).MapRates("FF", "NR", "BB", "NET");
        var coverage = RenderWithProviders<CoverageMeter>(p => p.Add(x => x.Coverage, View(state).Coverage!).Add(x => x.Apply, Apply));

        coverage.Find("tbody .exclude-start").Click();
        (await Dialogs.WaitForElementAsync("#prompt-confirm")).Click();
        Assert.Contains("Say why this combination is left out.", Dialogs.Markup);
        Assert.Empty(applied);

        Dialogs.Find("#prompt-text").Input("LS7 is sold only on our own site");
        Dialogs.Find("#prompt-confirm").Click();

        var exclude = Assert.IsType<ExcludeEdit>(Assert.Single(applied));
        Assert.Equal(("LS7", "LS7 is sold only on our own site"), (exclude.RatePlanCode, exclude.Reason));
    }

    [Fact]
    public void The_combination_matrix_says_each_cells_state_in_words_and_its_legend_names_no_colour()
    {
        var view = View(Mappings.Catalog().MapSpaces("DBL").MapRates("FF").Exclude("NR", "SGL"));
        var matrix = Render<CombinationMatrix>(p => p.Add(x => x.View, view));

        Assert.Equal("mapped", matrix.Find("tr[data-rate='FF'] td[data-space='DBL']").GetAttribute("data-status"));
        Assert.Contains("mapped", matrix.Find("tr[data-rate='FF'] td[data-space='DBL'] .visually-hidden").TextContent);
        Assert.Equal("unmapped", matrix.Find("tr[data-rate='FF'] td[data-space='TWN']").GetAttribute("data-status"));
        Assert.Equal("excluded", matrix.Find("tr[data-rate='NR'] td[data-space='SGL']").GetAttribute("data-status"));
        var legend = matrix.Find("#combination-legend").TextContent;
        Assert.DoesNotMatch("(?i)grey|gray|green|red|yellow|orange|blue", legend);
    }

    private static void Drop(IRenderedComponent<MappingBoard> board, string item, string? zone)
    {
        var container = board.FindComponent<MudDropContainer<BoardItem>>();
        var card = container.Instance.Items!.Single(i => i.Code == item);
        var identifier = zone ?? container.FindComponents<MudDropZone<BoardItem>>().First().Instance.Identifier;
        board.InvokeAsync(() => container.Instance.ItemDropped.InvokeAsync(new MudItemDropInfo<BoardItem>(card, identifier, 0))).Wait();
    }

    [Fact]
    public void The_gap_count_comes_with_the_list_of_gaps_it_counts()
    {
        var coverage = RenderWithProviders<CoverageMeter>(p => p.Add(x => x.Coverage, View(Mappings.Catalog()).Coverage!).Add(x => x.Apply, Apply));

        Assert.Equal("5 gaps keep P6 open", coverage.Find("#coverage-verdict").TextContent.Trim());
        var gaps = coverage.FindAll("#coverage-gaps li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, gaps.Count);
        Assert.StartsWith("Map or exclude 23 combinations Mews pushes: FF × SGL", gaps[0]);
    }
}
