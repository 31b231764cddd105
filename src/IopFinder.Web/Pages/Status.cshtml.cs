using IopFinder.Web.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IopFinder.Web.Pages;

/// <summary>The catalog's health for the people who run it and the staff who edit it.</summary>
public sealed class StatusModel(StatusService status) : PageModel, IPageMeta
{
    public StatusReport Report { get; private set; } = null!;

    public string Title => "Catalog status";

    public void OnGet() => Report = status.Report();
}
