using System.Text.RegularExpressions;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Tests.Support;

/// <summary>
/// Which namespace of the Core project uses which, read from its source: each type of the Core assembly
/// belongs to its namespace, and a file uses a namespace when its code (comments and string literals
/// left out) names one of that namespace's types. A name that several namespaces define counts for the
/// one the file is in or imports; a qualifier (<c>Taxonomy.Taxonomy</c>, <c>Listings.Listing</c>) uses the namespace it names.
/// </summary>
public sealed partial class CoreNamespaceGraph
{
    public static string ProjectDir => Path.Combine(Repo.Root, "src", "IopFinder.Core");

    /// <summary>Namespace → the namespaces it uses, each with one example ("Filtering/FlagFilter.cs names SearchQuery").</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Uses { get; }

    private CoreNamespaceGraph(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> uses) => Uses = uses;

    public static CoreNamespaceGraph Read()
    {
        var types = typeof(Listing).Assembly.GetTypes()
            .Where(t => t.DeclaringType is null && t.Namespace is not null && !t.Name.Contains('<'))
            .GroupBy(t => t.Name.Split('`')[0])
            .ToDictionary(g => g.Key, g => g.Select(t => t.Namespace!).Distinct().ToList());
        var bySegment = types.Values.SelectMany(n => n).Distinct().GroupBy(n => n.Split('.')[^1]).ToDictionary(g => g.Key, g => g.ToList());
        var uses = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(ProjectDir, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(ProjectDir, path).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(path);
            if (NamespaceLine().Match(text) is not { Success: true } line) continue;
            var own = line.Groups[1].Value;
            var imported = UsingLine().Matches(text).Select(m => m.Groups[1].Value).Append(own).ToHashSet(StringComparer.Ordinal);
            var used = uses.TryGetValue(own, out var u) ? u : uses[own] = new(StringComparer.Ordinal);
            var code = Literal().Replace(text, " ");
            foreach (var name in Identifier().Matches(code).Select(m => m.Value).Distinct())
            {
                // A type counts in the namespaces the file is in or imports (an enum member of the same name elsewhere does not).
                var homes = types.GetValueOrDefault(name)?.Where(imported.Contains) ?? [];
                foreach (var home in homes.Where(h => h != own)) used.TryAdd(home, $"{relative} names {name}");
            }
            foreach (var name in Qualifier().Matches(code).Select(m => m.Groups[1].Value).Distinct())
            {
                // A qualified name (Taxonomy.Taxonomy, Listings.Listing) uses the namespace it names.
                foreach (var home in bySegment.GetValueOrDefault(name) ?? []) if (home != own) used.TryAdd(home, $"{relative} names {name}.");
            }
        }
        return new CoreNamespaceGraph(uses.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, string>)p.Value));
    }

    /// <summary>A path back to where it started (each step with its example), or null when the graph has no cycle.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        foreach (var start in Uses.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start, state, stack) is { } cycle) return cycle;
        }
        return null;
    }

    private IReadOnlyList<string>? Visit(string node, Dictionary<string, int> state, List<string> stack)
    {
        if (state.GetValueOrDefault(node) == 2) return null;
        if (state.GetValueOrDefault(node) == 1)
        {
            var loop = stack.Skip(stack.IndexOf(node)).Append(node).ToList();
            return [.. loop.Zip(loop.Skip(1), (from, to) => $"{from} → {to} ({Uses[from][to]})")];
        }
        state[node] = 1;
        stack.Add(node);
        foreach (var next in Uses.GetValueOrDefault(node)?.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
        {
            if (Visit(next, state, stack) is { } cycle) return cycle;
        }
        stack.RemoveAt(stack.Count - 1);
        state[node] = 2;
        return null;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^using ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    /// <summary>A capitalised name not after a dot: after one it is a member (<c>FilterSection.Need</c>), not a type.</summary>
    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.[A-Z]")]
    private static partial Regex Qualifier();

    /// <summary>Comments (/// doc comments too: a cref is not a use) and string literals.</summary>
    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@?\$*""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex Literal();
}
