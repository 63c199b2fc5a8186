using ChannelManagerDashboard.Data;
using ChannelManagerDashboard.Features.Accounts;
using NetArchTest.Rules;

namespace ChannelManagerDashboard.Tests.Architecture;

/// <summary>
/// Features may use each other, but never in a loop: a loop means neither can change without the other. Below them the
/// domain, the shared components and the database context use no feature. The checks read the compiled code (method
/// bodies included), so a dependency cannot hide in a razor file or a lambda.
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string FeaturesNamespace = AppFeatures.Namespace;
    private static readonly System.Reflection.Assembly App = AppFeatures.App;

    /// <summary>Plain rules and values: no database, no web framework, nothing of the app's layers above it.</summary>
    private static readonly string[] NotForTheDomain =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "MudBlazor", FeaturesNamespace.TrimEnd('.'), "ChannelManagerDashboard.Components", "ChannelManagerDashboard.Data"];

    [Fact]
    public void No_feature_depends_on_another_that_depends_back_on_it_however_far_round()
    {
        var graph = Graph.Value;

        var loops = Loops(graph);

        Assert.True(loops.Count == 0, "These features depend on each other in a loop: " + string.Join("; ", loops.Select(loop =>
            string.Join(" → ", loop) + $" (e.g. {Example(loop[0], loop[1])})")));
    }

    [Fact]
    public void No_feature_names_a_public_type_as_the_domain_does()
    {
        static bool In(Type type, string prefix) => type.IsPublic && (type.Namespace ?? "").StartsWith(prefix, StringComparison.Ordinal);
        var domain = App.GetTypes().Where(t => In(t, "ChannelManagerDashboard.Domain")).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

        var clashes = App.GetTypes().Where(t => In(t, FeaturesNamespace) && domain.Contains(t.Name)).Select(t => t.FullName).ToList();

        // A feature's type named like a domain one is read, and imported, as the other.
        Assert.True(clashes.Count == 0, "Feature types named like a domain type: " + string.Join(", ", clashes));
    }

    [Fact]
    public void The_check_sees_the_dependencies_that_are_there()
    {
        var graph = Graph.Value;

        // Play Mews runs against the mapping: an edge the check must find, or it would pass by seeing nothing.
        Assert.Contains("Mapping", graph["PlayMews"]);
        Assert.Contains("PropertyConnections", graph["Preparation"]);
    }

    [Fact]
    public void The_domain_depends_on_no_database_no_web_framework_no_feature_no_UI_and_no_data_layer()
    {
        var breaking = Depending(InNamespace("ChannelManagerDashboard.Domain"), NotForTheDomain);

        Assert.True(breaking.Count == 0, "Domain types that depend on EF Core, ASP.NET Core, a feature, the UI or Data: " + string.Join(", ", breaking));
    }

    /// <summary>
    /// Shared UI is shared by every feature, so it uses none of them; only Accounts, as the layout and the request
    /// pipeline show who is signed in and guard each project by its team.
    /// </summary>
    [Fact]
    public void Shared_components_depend_on_no_feature_but_accounts()
    {
        var breaking = Depending(InNamespace("ChannelManagerDashboard.Components"), FeaturesBut("Accounts"));

        Assert.True(breaking.Count == 0, "Components that depend on a feature other than Accounts: " + string.Join(", ", breaking));
    }

    /// <summary>
    /// The context names no feature beyond the Identity user it is built on (Accounts' DashboardUser); only Data's entity
    /// type configurations name the features' entity types, and each feature reaches its own tables itself.
    /// </summary>
    [Fact]
    public void The_database_context_names_no_feature_but_the_identity_user()
    {
        var breaking = Depending(Types.InAssembly(App).That().HaveName(nameof(DashboardDbContext)), FeatureTypesBut(typeof(DashboardUser)));

        Assert.True(breaking.Count == 0, "The database context depends on a feature type other than DashboardUser: give the feature an extension on the context instead.");
    }

    [Fact]
    public void The_layer_checks_see_the_dependencies_that_are_there()
    {
        // Each rule, pointed at code that breaks it, must say so, or it would pass by seeing nothing.
        Assert.Contains("ChannelManagerDashboard.Data.DashboardDbContext", Depending(InNamespace("ChannelManagerDashboard.Data"), NotForTheDomain));
        Assert.Contains("ChannelManagerDashboard.Features.Mapping.MappingService", Depending(InNamespace(FeaturesNamespace + "Mapping"), FeaturesBut("Accounts")));
        Assert.Contains("ChannelManagerDashboard.Data.EntityTypes.MappingSetEntityType",
            Depending(InNamespace("ChannelManagerDashboard.Data.EntityTypes"), FeatureTypesBut(typeof(DashboardUser))));
    }

    private static PredicateList InNamespace(string name) => Types.InAssembly(App).That().ResideInNamespace(name);

    private static List<string> Depending(PredicateList types, params string[] on) =>
        [.. types.ShouldNot().HaveDependencyOnAny(on).GetResult().FailingTypeNames ?? []];

    private static string[] FeaturesBut(string allowed) =>
        [.. Features().Where(feature => feature != allowed).Select(feature => FeaturesNamespace + feature)];

    /// <summary>Every feature type except <paramref name="allowed"/> (names are matched as prefixes, so whole names are listed).</summary>
    private static string[] FeatureTypesBut(Type allowed) =>
        [.. App.GetTypes().Where(t => t != allowed && t.FullName is { } name && name.StartsWith(FeaturesNamespace, StringComparison.Ordinal)).Select(t => t.FullName!)];

    private static IReadOnlyList<string> Features() => App.GetTypes()
        .Select(t => t.Namespace ?? "")
        .Where(ns => ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal))
        .Select(AppFeatures.Of)
        .Distinct().Order().ToList();

    /// <summary>Read once per run: each of its feature pairs is a scan of the compiled assembly.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Graph = new(DependencyGraph);

    private static Dictionary<string, HashSet<string>> DependencyGraph()
    {
        var features = Features();
        return features.ToDictionary(feature => feature, feature => features.Where(other => other != feature &&
            !Types.InAssembly(App).That().ResideInNamespace(FeaturesNamespace + feature)
                .ShouldNot().HaveDependencyOn(FeaturesNamespace + other).GetResult().IsSuccessful).ToHashSet());
    }

    /// <summary>Every loop as the features along it, first one repeated at the end (Tarjan's strongly connected components).</summary>
    private static List<List<string>> Loops(Dictionary<string, HashSet<string>> graph)
    {
        var (index, low, onStack, stack, loops) = (new Dictionary<string, int>(), new Dictionary<string, int>(), new HashSet<string>(), new Stack<string>(), new List<List<string>>());
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph[node])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                    low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node])
                return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            } while (member != node);
            if (component.Count > 1)
                loops.Add(PathThrough(graph, component));
        }
        foreach (var node in graph.Keys.Where(n => !index.ContainsKey(n)))
            Visit(node);
        return loops;
    }

    /// <summary>A walk round the loop inside <paramref name="component"/>, so the message names a real chain of dependencies.</summary>
    private static List<string> PathThrough(Dictionary<string, HashSet<string>> graph, List<string> component)
    {
        var start = component.Min()!;
        var path = new List<string> { start };
        var current = start;
        while (true)
        {
            current = graph[current].Where(component.Contains).OrderBy(n => path.Contains(n) ? 0 : 1).ThenBy(n => n).First();
            path.Add(current);
            if (path.Count(n => n == current) > 1)
                return path[path.IndexOf(current)..];
        }
    }

    private static string Example(string from, string to) =>
        string.Join(", ", (Types.InAssembly(App).That().ResideInNamespace(FeaturesNamespace + from)
            .ShouldNot().HaveDependencyOn(FeaturesNamespace + to).GetResult().FailingTypeNames ?? []).Take(3));
}
