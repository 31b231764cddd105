namespace IopFinder.Core.Search;

/// <summary>Lucene field names, in one place.</summary>
internal static class IndexFields
{
    /// <summary>The listing's id: an indexed term and binary doc values.</summary>
    public const string Id = "id";
    /// <summary>Program name, stemmed.</summary>
    public const string Name = "name";
    /// <summary>Labels of the terms the listing names itself (not broader ones), stemmed: "Buprenorphine (Suboxone)".</summary>
    public const string Labels = "labels";
    /// <summary>Labels and synonyms of every term the listing has, stemmed.</summary>
    public const string Terms = "terms";
    /// <summary>Name, organization, terms, cities and body together, stemmed: one field to match any word.</summary>
    public const string All = "all";
    /// <summary>The same text unstemmed, for typo-tolerant and prefix matching.</summary>
    public const string Raw = "raw";
}
