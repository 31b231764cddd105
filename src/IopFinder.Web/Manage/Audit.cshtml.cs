using IopFinder.Web.Manage;
using IopFinder.Web.Manage.Audit;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage;

/// <summary>The audit trail: all of it for maintainers; for an editor, the history of the listings they hold (one with <c>?listing=</c>).</summary>
public sealed class AuditModel(IAuditLog audit, IListingAccess access, CurrentPerson person, IStringLocalizer<SharedResource> text) : PortalPageModel(text)
{
    /// <summary>Most entries shown at once, newest first.</summary>
    public const int Shown = 200;

    protected override string TitleKey => "Manage.Audit.Title";

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? listing)
    {
        var email = person.RequiredEmail;
        if (listing is { Length: > 0 })
        {
            if (!person.IsMaintainer && !await access.CanEditAsync(email, listing, HttpContext.RequestAborted)) return Forbid();
            Entries = await audit.ForListingAsync(listing, Shown, HttpContext.RequestAborted);
            return Page();
        }
        Entries = await audit.VisibleToAsync(email, person.IsMaintainer, Shown, HttpContext.RequestAborted);
        return Page();
    }
}
