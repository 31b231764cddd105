using IopFinder.Web.Shared.Api;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Compare;

/// <summary>What <c>/api/compare</c> is given: the query string (ids, needs, importances; see <see cref="SearchQueryString"/>) and the request's services.</summary>
public readonly record struct CompareRequest(SearchQueryString Query, CompareService Compare, Words Words);
