using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IopFinder.Web.Pages;

/// <summary>Where the API, its OpenAPI document and the HSDS export are, for the people who connect systems.</summary>
public sealed class DevelopersModel : PageModel, IPageMeta
{
    public string Title => "For developers";

    public void OnGet()
    {
    }
}
