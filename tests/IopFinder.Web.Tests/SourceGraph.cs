using System.Text.RegularExpressions;
using IopFinder.Web;

namespace IopFinder.Web.Tests;

/// <summary>
/// Which folder of the web project uses which, read from its source (C# and Razor): each type of the web
/// assembly belongs to its namespace's folder, and a file uses a folder when it names one of that
/// folder's types outside comments and string literals, or renders a partial by its path in it
/// (<c>"/Compare/_CompareTray.cshtml"</c>). Files at the project root are each their own node.
/// </summary>
public sealed partial class SourceGraph
{
    public const string Root = "IopFinder.Web";

    public static string ProjectDir => Path.Combine(SiteFactory.RepoRoot, "src", Root);

    /// <summary>Folder (or root file) → the folders and root files it uses, with one example each.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Uses { get; }

    /// <summary>Every C# file and the namespace it declares.</summary>
    public IReadOnlyList<(string File, string? Namespace)> Namespaces { get; }

    private SourceGraph(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> uses, IReadOnlyList<(string, string?)> namespaces) =>
        (Uses, Namespaces) = (uses, namespaces);

    /// <summary>The folder a namespace lives in: <c>IopFinder.Web.Shared.Catalogs</c> → <c>Shared/Catalogs</c>.</summary>
    public static string FolderOf(string ns) => ns == Root ? "" : ns[(Root.Length + 1)..].Replace('.', '/');

    /// <summary>The node of a project-relative file: its folder, or the file's own name at the root.</summary>
    public static string NodeOf(string relativeFile)
    {
        var folder = Path.GetDirectoryName(relativeFile)!.Replace('\\', '/');
        return folder.Length > 0 ? folder : Path.GetFileName(relativeFile).Split('.')[0];
    }

    public static SourceGraph Read()
    {
        var types = typeof(SiteHost).Assembly.GetTypes()
            .Where(t => t.DeclaringType is null && t.Namespace is { } ns && (ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal)) && !t.Name.Contains('<'))
            .GroupBy(t => t.Name.Split('`')[0])
            .ToDictionary(g => g.Key, g => g.Select(t => t.Namespace == Root ? t.Name.Split('`')[0] : FolderOf(t.Namespace!)).Distinct().ToList());
        var uses = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var namespaces = new List<(string, string?)>();
        foreach (var path in Directory.EnumerateFiles(ProjectDir, "*.*", SearchOption.AllDirectories).Where(IsSource))
        {
            var relative = Path.GetRelativePath(ProjectDir, path).Replace('\\', '/');
            var node = NodeOf(relative);
            var text = File.ReadAllText(path);
            if (path.EndsWith(".cs", StringComparison.Ordinal)) namespaces.Add((relative, NamespaceLine().Match(text) is { Success: true } m ? m.Groups[1].Value : null));
            var used = uses.TryGetValue(node, out var u) ? u : uses[node] = new(StringComparer.Ordinal);
            foreach (Match partial in PartialPath().Matches(text)) used.TryAdd(partial.Groups[1].Value, $"{relative} renders {partial.Value}");
            foreach (var name in Identifier().Matches(Code(text, path.EndsWith(".cshtml", StringComparison.Ordinal))).Select(m => m.Value).Distinct())
            {
                if (!types.TryGetValue(name, out var targets)) continue;
                foreach (var target in targets.Where(t => t != node)) used.TryAdd(target, $"{relative} names {name}");
            }
        }
        return new SourceGraph(uses.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value), namespaces);
    }

    private static bool IsSource(string path)
    {
        var relative = Path.GetRelativePath(ProjectDir, path).Replace('\\', '/');
        return (path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            && !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    /// <summary>
    /// The text without comments and literals: what names a type there is code. In Razor only comments go,
    /// since its markup quotes code (<c>href="@ContactLinks.Tel(phone)"</c>) and its text has <c>//</c> in addresses.
    /// </summary>
    private static string Code(string text, bool razor) => razor ? RazorComment().Replace(text, " ") : Literal().Replace(text, " ");

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"""/(\w+(?:/\w+)*)/_\w+\.cshtml""")]
    private static partial Regex PartialPath();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:""""|[^""])*""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\\n])'", RegexOptions.Singleline)]
    private static partial Regex Literal();
}
