using NetArchTest.Rules;

namespace ChannelManagerDashboard.Tests.Architecture;

/// <summary>
/// Each feature reaches its own tables through its <c>…Tables</c> extensions; another feature (or Data) reads them
/// through the owner's queries, so the owner can change how it stores them without breaking its readers.
/// </summary>
public sealed class TableOwnershipTests
{
    private static readonly IReadOnlyList<Type> TableTypes =
        [.. AppFeatures.App.GetTypes().Where(t => t.IsPublic && t.Name.EndsWith("Tables", StringComparison.Ordinal) && (t.Namespace ?? "").StartsWith(AppFeatures.Namespace, StringComparison.Ordinal))];

    [Fact]
    public void No_feature_reads_another_features_tables_but_through_its_queries()
    {
        var breaking = TableTypes.SelectMany(tables => Users(tables).Where(user => AppFeatures.Of(user) != AppFeatures.Of(tables.FullName!))
            .Select(user => $"{user} uses {tables.Name}")).ToList();

        Assert.True(breaking.Count == 0, "Code that reaches another feature's tables instead of its queries: " + string.Join("; ", breaking));
    }

    [Fact]
    public void The_check_sees_a_feature_using_its_own_tables()
    {
        var playMews = Assert.Single(TableTypes, t => t.Name == "PlayMewsTables");

        Assert.Contains("ChannelManagerDashboard.Features.PlayMews.HarnessRunQueries", Users(playMews));
    }

    private static IReadOnlyList<string> Users(Type tables) =>
        [.. Types.InAssembly(AppFeatures.App).That().DoNotHaveName(tables.Name).ShouldNot().HaveDependencyOn(tables.FullName!).GetResult().FailingTypeNames ?? []];
}
