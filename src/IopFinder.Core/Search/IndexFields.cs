namespace IopFinder.Core.Search;

/// <summary>Lucene field names, in one place.</summary>
internal static class IndexFields
{
    /// <summary>Position of the listing in the catalog (numeric doc values).</summary>
    public const string Ordinal = "ord";
    /// <summary>Program name, stemmed.</summary>
    public const string Name = "name";
    /// <summary>Organization, stemmed.</summary>
    public const string Organization = "organization";
    /// <summary>Labels and synonyms of every term the listing has, stemmed.</summary>
    public const string Terms = "terms";
    /// <summary>Cities and states of its sites.</summary>
    public const string Place = "place";
    /// <summary>The Markdown body, stemmed.</summary>
    public const string Body = "body";
    /// <summary>All of the above unstemmed, for typo-tolerant and prefix matching.</summary>
    public const string Raw = "raw";
}
