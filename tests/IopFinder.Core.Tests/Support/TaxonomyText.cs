namespace IopFinder.Core.Tests.Support;

/// <summary>The bundled taxonomy's text with one field of one term taken out, as a staff member might leave it.</summary>
public static class TaxonomyText
{
    /// <summary>The text without <paramref name="field"/> of the term, and the 1-based line of the term's "- id:".</summary>
    public static (string Text, int TermLine) Without(string vocabulary, string id, string field)
    {
        var lines = File.ReadAllLines(Repo.TaxonomyFile).ToList();
        var start = lines.IndexOf($"{vocabulary}:");
        var term = lines.FindIndex(start, l => l == $"  - id: {id}");
        Assert.True(start >= 0 && term > start, $"{vocabulary}/{id} is not in the bundled taxonomy");
        var next = lines.FindIndex(term + 1, l => !l.StartsWith("    ", StringComparison.Ordinal));
        if (next < 0) next = lines.Count;
        var at = lines.FindIndex(term, next - term, l => l.StartsWith($"    {field}:", StringComparison.Ordinal));
        Assert.True(at > term, $"{vocabulary}/{id} has no '{field}'");
        lines.RemoveAt(at);
        return (string.Join('\n', lines) + "\n", term + 1);
    }
}
