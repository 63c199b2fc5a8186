using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Tests.Support;

namespace ChannelManagerDashboard.Tests.Domain.Common;

public sealed class CountedTests
{
    [Theory]
    [InlineData(0, "0 gaps")]
    [InlineData(1, "1 gap")]
    [InlineData(5, "5 gaps")]
    public void A_count_takes_its_noun_in_the_right_number(long count, string shown) => Assert.Equal(shown, Counted.Of(count, "gap"));

    [Fact]
    public void An_irregular_plural_is_given() => Assert.Equal("2 entries", Counted.Of(2, "entry", "entries"));

    [Fact]
    public void No_product_text_hedges_with_a_bracketed_plural()
    {
        var source = Path.Combine(Repository.Root, "src", "ChannelManagerDashboard");
        var hedged = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(source, f), Line: i + 1, Text: line)))
            .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l.Text, @"\b[a-z]+\(s\)"))
            .Select(l => $"{l.File}:{l.Line}")
            .ToList();

        Assert.True(hedged.Count == 0, "Write the count with Counted.Of instead of \"(s)\": " + string.Join(", ", hedged));
    }
}
