using IopFinder.Web.Shared.Api;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Search;

/// <summary>What <c>/api/programs</c> is given: the query string (see <see cref="SearchQueryString"/>) and the request's services.</summary>
public readonly record struct SearchRequest(SearchQueryString Query, SearchService Search, Words Words, TimeProvider Clock, CancellationToken Aborted);
