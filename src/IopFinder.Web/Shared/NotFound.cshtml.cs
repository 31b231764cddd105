using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared;

/// <summary>Shown for every 404, direct or re-executed from a status code (a form post included, so no antiforgery check).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class NotFoundModel(IStringLocalizer<SharedResource> text) : PageModel, IPageMeta
{
    public string Title => text["NotFound.Title"];

    public string Description => text["Meta.NotFound"];

    public string? Canonical => null;

    public void OnGet()
    {
        // Reached directly, the page itself is still "not found".
        Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
