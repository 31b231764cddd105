using IopFinder.Core.Editing;
using IopFinder.Core.Listings;
using IopFinder.Web.Manage.Audit;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Editing;

namespace IopFinder.Web.Manage.Confirming;

/// <summary>
/// "Everything on this listing is still right": the confirmation written through the editor's save pipeline
/// and recorded in the audit; and each listing's confirmation state read from its file, so the portal shows
/// a confirmation at once, before the live reload has picked it up.
/// </summary>
public sealed class ConfirmationService(ListingEditService listings, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The UTC day of the site's clock: the date a confirmation made now carries.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The listing as its file says now; null when there is no readable file.</summary>
    public Listing? Read(string id) => listings.Open(id).Listing;

    /// <summary>The listing's confirmation state today; null when there is no readable file.</summary>
    public ConfirmationStatus? StatusOf(string id) => Read(id) is { } listing ? ConfirmationRule.On(listing, Today) : null;

    /// <summary>Confirms the listing for <paramref name="email"/> (who must hold it: the page checks) and records it.</summary>
    public async Task<SaveResult> ConfirmAsync(string email, string id, CancellationToken cancellation)
    {
        var before = Read(id)?.Confirmed;
        var today = Today;
        var result = await listings.ConfirmAsync(id, today, cancellation);
        if (result is Saved)
        {
            await audit.RecordAsync(new AuditRecord(email, AuditAction.Confirm, id, ["confirmed"],
                Before: before is null ? null : Describe(before), After: Describe(new Confirmation(today, ConfirmedBy.Program))), cancellation);
        }
        return result;
    }

    private static string Describe(Confirmation confirmation) => $"{PortalTime.Format(confirmation.Date)} by {confirmation.ById}";
}
