using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Features.Mapping;

namespace ChannelManagerDashboard.Tests.Features.Mapping;

public sealed class CatalogDraftTests
{
    private readonly List<MappingEdit> applied = [];

    private Task<bool> Apply(MappingEdit edit)
    {
        applied.Add(edit);
        return Task.FromResult(true);
    }

    [Fact]
    public async Task A_paste_that_reached_the_text_box_limit_is_refused_as_maybe_cut_short()
    {
        var draft = new CatalogDraft { Pasted = new string('x', ImportLimits.MaxPastedChars) };

        await draft.ImportPastedAsync(Apply);

        Assert.Contains("may be cut short. Import it as a file instead.", Assert.Single(draft.Problems));
        Assert.Empty(applied);
        Assert.Equal(ImportLimits.MaxPastedChars, draft.Pasted.Length);
    }

    [Fact]
    public async Task A_pasted_catalog_is_imported_and_the_box_empties()
    {
        var draft = new CatalogDraft { Pasted = "kind,code\nroom,R-DBL\n" };

        await draft.ImportPastedAsync(Apply);

        Assert.Empty(draft.Problems);
        Assert.Equal([new CatalogEntry(CmCodeKind.Room, "R-DBL", "")], Assert.IsType<ImportCatalogEdit>(Assert.Single(applied)).Entries);
        Assert.Equal("", draft.Pasted);
    }

    [Fact]
    public async Task A_file_that_could_not_be_read_says_why_and_imports_nothing()
    {
        var draft = new CatalogDraft();

        await draft.ImportFileAsync(Result.Invalid(Result.Whole, "'rooms.csv' is not UTF-8 text.").As<string>(), Apply);

        Assert.Equal(["'rooms.csv' is not UTF-8 text."], draft.Problems);
        Assert.Empty(applied);
    }

    [Fact]
    public async Task A_code_that_breaks_a_rule_is_refused_on_the_field_and_a_good_one_empties_the_form()
    {
        var draft = new CatalogDraft { Code = " ", Name = "Double" };

        Assert.Contains("The code is empty", await draft.AddAsync(Apply));
        Assert.Empty(applied);

        (draft.Code, draft.Name) = ("R-DBL", "Double");
        Assert.Null(await draft.AddAsync(Apply));
        Assert.Equal(new AddCodeEdit(CmCodeKind.Room, "R-DBL", "Double"), Assert.Single(applied));
        Assert.Equal(("", ""), (draft.Code, draft.Name));
    }
}
