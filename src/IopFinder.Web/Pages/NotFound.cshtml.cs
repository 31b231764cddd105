using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IopFinder.Web.Pages;

/// <summary>Shown for every 404, direct or re-executed from a status code (a form post included, so no antiforgery check).</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class NotFoundModel : PageModel, IPageMeta
{
    public string Title => "Page not found";

    public void OnGet()
    {
        // Reached directly, the page itself is still "not found".
        Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
