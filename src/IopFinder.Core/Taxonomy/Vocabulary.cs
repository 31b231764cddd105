namespace IopFinder.Core.Taxonomy;

/// <summary>A named list of terms, in the order <c>taxonomy.yml</c> gives them, with their broader-term hierarchy.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, TaxonomyTerm> _byId;

    /// <summary>Creates a vocabulary; ids must be unique and broader terms must exist without cycles (the loader checks).</summary>
    public Vocabulary(string name, IReadOnlyList<TaxonomyTerm> terms)
    {
        Name = name;
        Terms = terms;
        _byId = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        HasHierarchy = terms.Any(t => t.Broader is not null || t.Implies.Count > 0);
    }

    /// <summary>The vocabulary's key in <c>taxonomy.yml</c> ("conditions").</summary>
    public string Name { get; }

    /// <summary>The terms in file order.</summary>
    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    /// <summary>Every id, in file order.</summary>
    public IEnumerable<string> Ids => Terms.Select(t => t.Id);

    /// <summary>True when some term names a broader term or implies one.</summary>
    public bool HasHierarchy { get; }

    /// <summary>True when the id is a term of this vocabulary.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The term with this id, or null.</summary>
    public TaxonomyTerm? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The term's label, or the id itself when unknown.</summary>
    public string Label(string id) => _byId.TryGetValue(id, out var term) ? term.Label : id;

    /// <summary>The broader terms above an id, nearest first (the loader guarantees there is no cycle).</summary>
    public IEnumerable<string> Ancestors(string id)
    {
        var current = Find(id)?.Broader;
        for (var depth = 0; current is not null && depth < Terms.Count; depth++)
        {
            yield return current;
            current = Find(current)?.Broader;
        }
    }

    /// <summary>The terms below an id, at any depth.</summary>
    public IEnumerable<string> Descendants(string id) =>
        Terms.Where(t => Ancestors(t.Id).Contains(id)).Select(t => t.Id);
}
