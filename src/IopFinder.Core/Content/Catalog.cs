using IopFinder.Core.Common;
using IopFinder.Core.Fields;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>A loaded catalog: the valid listings in id order and every problem found on the way.</summary>
/// <param name="Taxonomy">The vocabularies the listings were checked against.</param>
/// <param name="Listings">Valid, derived listings ordered by id.</param>
/// <param name="Problems">Every problem, as <c>path:line: message</c>: listings left out, and listings whose last good version is still served.</param>
public sealed record Catalog(Taxonomy.Taxonomy Taxonomy, IReadOnlyList<Listing> Listings, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Each listing file by its path relative to the content folder, for incremental reloads and status.</summary>
    public IReadOnlyDictionary<string, ListingFile> Files { get; init; } = new Dictionary<string, ListingFile>();

    /// <summary>The content folder the catalog was read from.</summary>
    public string ContentPath { get; init; } = "";

    /// <summary>How paths start in messages.</summary>
    public string DisplayRoot { get; init; } = "";

    /// <summary>How many listing files were parsed for this version; the others were unchanged since the last load or start.</summary>
    public int Parsed { get; init; }

    /// <summary>SHA-256 (hex) of <c>taxonomy.yml</c> as read for this version: labels and synonyms change pages without any listing changing.</summary>
    public string TaxonomyHash { get; init; } = "";

    /// <summary>The fields the listings were read with: the API and HSDS carry these.</summary>
    public FieldRegistry Fields { get; init; } = ListingFields.Registry;
}

/// <summary>One listing file: the listing served from it (its last good version) and its current problems.</summary>
public sealed record ListingFile(string RelativePath, Listing? Served, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>
    /// When the file of the served version was last written (UTC), read together with it; null when unknown.
    /// A fact about the file, not its content: the catalog version does not depend on it.
    /// </summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>SHA-256 (hex) of the file content the served listing was read from; null when nothing is served.</summary>
    public string? Hash { get; init; }

    /// <summary>True when the file is broken now but an earlier good version is still online.</summary>
    public bool KeepsLastGood => Served is not null && Problems.Count > 0;
}
