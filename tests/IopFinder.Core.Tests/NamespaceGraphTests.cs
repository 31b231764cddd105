using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests;

/// <summary>
/// Core's namespaces depend one way: a newcomer can read Filtering without Search, Common without anything.
/// A cycle (Filtering ⇄ Search, once) means neither side can be understood or changed alone.
/// </summary>
public class NamespaceGraphTests
{
    private static readonly CoreNamespaceGraph Graph = CoreNamespaceGraph.Read();

    [Fact]
    public void CoreNamespaces_HaveNoCycle()
    {
        var cycle = Graph.FindCycle();

        Assert.True(cycle is null, "Core namespaces use each other in a circle:\n" + string.Join("\n", cycle ?? []));
    }

    [Theory]
    [InlineData("IopFinder.Core.Search", "IopFinder.Core.Filtering")]
    [InlineData("IopFinder.Core.Filtering", "IopFinder.Core.Listings")]
    [InlineData("IopFinder.Core.Content", "IopFinder.Core.Fields")]
    public void Graph_SeesTheUsesThatAreThere(string from, string to)
    {
        Assert.True(Graph.Uses[from].ContainsKey(to), $"{from} should use {to}");
    }
}
