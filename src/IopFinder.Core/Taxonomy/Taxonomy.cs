namespace IopFinder.Core.Taxonomy;

/// <summary>The controlled vocabularies of the catalog, loaded from <c>content/taxonomy.yml</c>.</summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, Vocabulary> _vocabularies;

    /// <summary>Creates a taxonomy from vocabularies keyed by name.</summary>
    public Taxonomy(IEnumerable<Vocabulary> vocabularies)
    {
        _vocabularies = vocabularies.ToDictionary(v => v.Name, StringComparer.Ordinal);
    }

    /// <summary>The vocabulary with this name; an empty one when the file lacks it.</summary>
    public Vocabulary this[string name] =>
        _vocabularies.TryGetValue(name, out var vocabulary) ? vocabulary : new Vocabulary(name, []);

    /// <summary>Every vocabulary the file defines.</summary>
    public IEnumerable<Vocabulary> Vocabularies => _vocabularies.Values;
}
