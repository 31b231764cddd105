using IopFinder.Web.Shared;
using IopFinder.Web.Shared.Wording;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IopFinder.Web.Compare;

/// <summary>The checklist and side-by-side comparison: the query string in, one comparison out.</summary>
public sealed class CompareModel(CompareService compare, TimeProvider clock, Words words) : PageModel, IPageMeta
{
    public CompareView View { get; private set; } = null!;

    public string Title => words["Compare.Heading"];

    public string Description => words["Meta.Compare"];

    /// <summary>Any set of ids makes a comparison: endless pages that say nothing a program page does not.</summary>
    public string? Canonical => null;

    public string PageUrl { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public void OnGet()
    {
        View = new CompareView(compare.Compare(Request.Query), Request.Query, words);
        PageUrl = $"{Request.Scheme}://{Request.Host}{Request.Path}{Request.QueryString}";
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }
}
