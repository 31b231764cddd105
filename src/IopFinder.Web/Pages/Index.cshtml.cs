using IopFinder.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using IopFinder.Web.Discovery;
using IopFinder.Web.Rendering;
using IopFinder.Web.Services;
using IopFinder.Web.Wording;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IopFinder.Web.Pages;

/// <summary>The search page: the query string in, one search out.</summary>
[OutputCache(PolicyName = OutputCaching.Policy)]
public sealed class IndexModel(SearchService search, Words words) : PageModel, IPageMeta
{
    public SearchPageView View { get; private set; } = null!;

    public string Title => words["Search.Heading"];

    public string Description => SearchSentence.Say(View);

    public string? Canonical => SearchCanonical.For(View.Outcome.Parsed.Query);

    public async Task OnGetAsync() => View = new SearchPageView(await search.SearchAsync(Request.Query, cancellationToken: HttpContext.RequestAborted), Request.Query, words);
}
