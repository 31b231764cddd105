using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using IopFinder.Web.Shared;

namespace IopFinder.Web.Developers;

/// <summary>Where the API, its OpenAPI document and the HSDS export are, for the people who connect systems.</summary>
public sealed class DevelopersModel(IStringLocalizer<SharedResource> text) : PageModel, IPageMeta
{
    public string Title => text["Layout.ForDevelopers"];

    public string Description => text["Meta.Developers"];

    public string? Canonical => "/developers";

    public void OnGet()
    {
    }
}
