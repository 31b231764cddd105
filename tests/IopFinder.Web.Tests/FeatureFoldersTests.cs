namespace IopFinder.Web.Tests;

/// <summary>
/// The web project is organised by feature (Search, Programs, Compare, Hsds, Status, ...) over a shared
/// layer (Shared: layout, catalog, language, wording, links, HTTP plumbing): a feature is read in its own
/// folder, and a change to one cannot reach another except through the links listed here.
/// </summary>
public class FeatureFoldersTests
{
    private static readonly SourceGraph Graph = SourceGraph.Read();

    /// <summary>Builds the site from every feature; only the command line's <c>run</c> uses it.</summary>
    private static readonly string[] CompositionRoot = ["Program", "SiteHost", "ApiJson", "ProgramDetailJson"];

    /// <summary>The one-way links between features, each with its reason.</summary>
    private static readonly Dictionary<(string From, string To), string> Links = new()
    {
        [("Search", "Compare")] = "the compare tray and each result's add-to-compare link",
        [("Programs", "Compare")] = "the compare tray and the program's add-to-compare link",
        [("Cli", "SiteHost")] = "the run command starts the site",
        [("Manage", "Programs")] = "the editor's preview renders the body with the program page's MarkdownRenderer",
    };

    private static bool IsShared(string node) => node == "Shared" || node.StartsWith("Shared/", StringComparison.Ordinal) || node == "SharedResource";

    /// <summary>A feature with its sub-folders (Hsds/Model is Hsds); a root file is its own.</summary>
    private static string Area(string node) => node.Split('/')[0];

    private static IEnumerable<(string From, string To, string Example)> Edges =>
        Graph.Uses.SelectMany(u => u.Value.Select(t => (u.Key, t.Key, t.Value)));

    [Fact]
    public void NoTwoFolders_UseEachOther()
    {
        var pairs = Edges.Where(e => Graph.Uses.GetValueOrDefault(e.To)?.ContainsKey(e.From) == true && string.CompareOrdinal(e.From, e.To) < 0)
            .Select(e => $"{e.From} <-> {e.To}: {e.Example}; {Graph.Uses[e.To][e.From]}");
        Assert.Empty(pairs);
    }

    [Fact]
    public void SharedLayer_UsesNoFeature()
    {
        var outward = Edges.Where(e => IsShared(e.From) && !IsShared(e.To)).Select(e => e.Example);
        Assert.Empty(outward);
    }

    [Fact]
    public void Features_UseOnlyThemselvesAndTheSharedLayer_ButForTheListedLinks()
    {
        var stray = Edges
            .Where(e => !IsShared(e.From) && !CompositionRoot.Contains(e.From))
            .Where(e => Area(e.From) != Area(e.To) && !IsShared(e.To) && !Links.ContainsKey((Area(e.From), Area(e.To))))
            .Select(e => e.Example);
        Assert.Empty(stray);
    }

    [Fact]
    public void ListedLinks_AreStillThere_SoTheListSaysHowFeaturesMeet()
    {
        var used = Edges.Select(e => (Area(e.From), Area(e.To))).ToHashSet();
        Assert.All(Links.Keys, link => Assert.Contains(link, used));
    }

    [Fact]
    public void EveryNamespace_NamesItsFolder()
    {
        var astray = Graph.Namespaces
            .Where(f => f.File != "Program.cs")
            .Where(f => f.Namespace is null || SourceGraph.FolderOf(f.Namespace) != (Path.GetDirectoryName(f.File) ?? "").Replace('\\', '/'))
            .Select(f => $"{f.File}: {f.Namespace}");
        Assert.Empty(astray);
    }

    [Fact]
    public void TheGraph_SeesRazorAndCSharpUses()
    {
        // The rules above mean something only if the reading finds what a page and its view really use.
        Assert.Contains("Shared/Wording", Graph.Uses["Search"].Keys);
        Assert.Contains("Compare", Graph.Uses["Search"].Keys);
        Assert.Contains("Shared/Catalogs", Graph.Uses["Hsds"].Keys);
    }
}
