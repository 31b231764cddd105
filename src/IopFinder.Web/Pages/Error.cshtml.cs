using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IopFinder.Web.Pages;

/// <summary>A calm message for an unexpected failure; details go to the log, never to the page.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel, IPageMeta
{
    public string Title => "Something went wrong";

    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;
}
