using ChannelManagerDashboard.Domain.Common;
using NetArchTest.Rules;

namespace ChannelManagerDashboard.Tests.Architecture;

/// <summary>
/// Features may use each other, but never in a loop: a loop means neither can change without the other. The check
/// reads the compiled code (method bodies included), so a dependency cannot hide in a razor file or a lambda.
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string FeaturesNamespace = "ChannelManagerDashboard.Features.";
    private static readonly System.Reflection.Assembly App = typeof(Result).Assembly;

    [Fact]
    public void No_feature_depends_on_another_that_depends_back_on_it_however_far_round()
    {
        var graph = DependencyGraph();

        var loops = Loops(graph);

        Assert.True(loops.Count == 0, "These features depend on each other in a loop: " + string.Join("; ", loops.Select(loop =>
            string.Join(" → ", loop) + $" (e.g. {Example(loop[0], loop[1])})")));
    }

    [Fact]
    public void The_domain_depends_on_no_feature_and_on_no_UI()
    {
        var result = Types.InAssembly(App).That().ResideInNamespace("ChannelManagerDashboard.Domain")
            .ShouldNot().HaveDependencyOnAny("ChannelManagerDashboard.Features", "ChannelManagerDashboard.Components", "Microsoft.AspNetCore.Components", "MudBlazor")
            .GetResult();

        Assert.True(result.IsSuccessful, "Domain types that depend on a feature or the UI: " + string.Join(", ", result.FailingTypeNames ?? []));
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
        var graph = DependencyGraph();

        // Play Mews runs against the mapping: an edge the check must find, or it would pass by seeing nothing.
        Assert.Contains("Mapping", graph["PlayMews"]);
        Assert.Contains("PropertyConnections", graph["Preparation"]);
    }

    private static IReadOnlyList<string> Features() => App.GetTypes()
        .Select(t => t.Namespace ?? "")
        .Where(ns => ns.StartsWith(FeaturesNamespace, StringComparison.Ordinal))
        .Select(ns => ns[FeaturesNamespace.Length..].Split('.')[0])
        .Distinct().Order().ToList();

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
