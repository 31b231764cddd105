using IopFinder.Core.Filtering;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Hsds;

/// <summary>An HSDS list request, checked.</summary>
/// <param name="Search">Words for the site's search; empty for none.</param>
/// <param name="Term">The site filter and id a taxonomy term id stands for; null for none.</param>
/// <param name="UnknownTerm">True when the taxonomy term id is well formed but names no term of ours: nothing has it.</param>
/// <param name="ModifiedAfter">Only listings whose file was written at or after this instant.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PerPage">Items per page.</param>
/// <param name="Ndjson">True for the unpaged newline-delimited dump.</param>
public sealed record HsdsListQuery(string Search, (FilterDefinition Filter, string Id)? Term, bool UnknownTerm,
    DateTimeOffset? ModifiedAfter, int Page, int PerPage, bool Ndjson)
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;
}
