using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared;

/// <summary>A calm message for an unexpected failure; details go to the log, never to the page.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedResource> text) : PageModel, IPageMeta
{
    public string Title => text["Error.Title"];

    public string Description => text["Meta.Error"];

    public string? Canonical => null;

    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;
}
