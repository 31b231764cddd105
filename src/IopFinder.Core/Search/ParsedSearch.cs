using IopFinder.Core.Common;
using IopFinder.Core.Filtering;
namespace IopFinder.Core.Search;

/// <summary>A search read from a query string: the query (bad parts left at their defaults), errors that make it malformed, and warnings about parts ignored.</summary>
public sealed record ParsedSearch(SearchQuery Query, IReadOnlyList<Notice> Errors, IReadOnlyList<Notice> Warnings);
