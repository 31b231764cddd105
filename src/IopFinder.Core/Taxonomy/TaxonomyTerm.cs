namespace IopFinder.Core.Taxonomy;

/// <summary>One controlled term: an id listings use, a label people read, a plain description, synonyms search uses.</summary>
/// <param name="Id">Lowercase letters, digits and dashes.</param>
/// <param name="Label">What pages show.</param>
/// <param name="Description">One plain-language sentence.</param>
/// <param name="Synonyms">Other words people type for it.</param>
public sealed record TaxonomyTerm(string Id, string Label, string Description, IReadOnlyList<string> Synonyms)
{
    /// <summary>The id of the broader term of the same vocabulary (<c>depression</c> → <c>mental-health</c>), or null.</summary>
    public string? Broader { get; init; }

    /// <summary>
    /// Broader terms a listing naming this term states in general without naming the narrower ones:
    /// co-occurring care implies mental-health and substance-use care, without saying which conditions.
    /// </summary>
    public IReadOnlyList<string> Implies { get; init; } = [];

    /// <summary>Spanish label; the loader reports a term without one, so every loaded term has it.</summary>
    public string? LabelEs { get; init; }

    /// <summary>Spanish description; required by the loader like the label.</summary>
    public string? DescriptionEs { get; init; }

    /// <summary>Spanish synonyms search also understands (optional; accents need not be repeated: search folds them).</summary>
    public IReadOnlyList<string> SynonymsEs { get; init; } = [];

    /// <summary>
    /// True when the label is a name (a plan, a brand, an accrediting body: "Medicaid", "The Joint Commission"),
    /// which keeps its capital inside a sentence; other labels are written in lower case there.
    /// </summary>
    public bool ProperName { get; init; }
}
