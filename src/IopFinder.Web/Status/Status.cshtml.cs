using IopFinder.Web.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Status;

/// <summary>The catalog's health for the people who run it and the staff who edit it.</summary>
public sealed class StatusModel(StatusService status, IStringLocalizer<SharedResource> text) : PageModel, IPageMeta
{
    public StatusReport Report { get; private set; } = null!;

    public string Title => text["Status.Title"];

    public string Description => text["Meta.Status"];

    /// <summary>For the people who run and edit the catalog, not for searchers.</summary>
    public string? Canonical => null;

    public async Task OnGetAsync() => Report = await status.ReportAsync(HttpContext.RequestAborted);
}
