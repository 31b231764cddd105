using IopFinder.Core.Filtering;

namespace IopFinder.Core.Filtering;

/// <summary>The query-string names of SPEC section 2 that are not filters, and every name the search understands.</summary>
public static class SearchParameters
{
    /// <summary>Free text.</summary>
    public const string Text = "q";
    /// <summary>Miles from <c>near</c>.</summary>
    public const string Radius = "radius";
    /// <summary>Also list the programs that don't say.</summary>
    public const string IncludeUnknown = "include_unknown";
    /// <summary>Sort order.</summary>
    public const string Sort = "sort";
    /// <summary>Page number, from 1.</summary>
    public const string Page = "page";
    /// <summary>Results per page.</summary>
    public const string Size = "size";
    /// <summary>The interface language; the search itself ignores it.</summary>
    public const string Language = "lang";

    /// <summary>Every parameter the search understands: each filter's and the ones above.</summary>
    public static IReadOnlySet<string> All { get; } = Of(Filters.Registry);

    /// <summary>Every parameter a search over these filters understands.</summary>
    public static IReadOnlySet<string> Of(FilterRegistry registry) => new HashSet<string>(
        registry.All.Select(f => f.Parameter).Concat([Text, Radius, IncludeUnknown, Sort, Page, Size]),
        StringComparer.Ordinal);
}
