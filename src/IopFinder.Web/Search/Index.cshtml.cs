using IopFinder.Web.Shared;
using IopFinder.Web.Shared.Infrastructure;
using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Wording;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IopFinder.Web.Search;

/// <summary>The search page: the query string in, one search out.</summary>
[OutputCache(PolicyName = OutputCaching.Policy)]
public sealed class IndexModel(SearchService search, Words words) : PageModel, IPageMeta
{
    public SearchPageView View { get; private set; } = null!;

    public string Title => words["Search.Heading"];

    public string Description => SearchSentence.Say(View);

    public string? Canonical => SearchCanonical.For(View.Outcome.Parsed.Query, View.Outcome.Index.Registry);

    public async Task OnGetAsync() => View = new SearchPageView(await search.SearchAsync(Request.Query, cancellationToken: HttpContext.RequestAborted), Request.Query, words);
}
