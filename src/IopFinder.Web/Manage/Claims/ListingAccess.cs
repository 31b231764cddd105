using IopFinder.Web.Manage.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IopFinder.Web.Manage.Claims;

/// <summary>Grants in the staff database; maintainers from <c>Staff:Maintainers</c>.</summary>
public sealed class ListingAccess(StaffDb db, IOptionsMonitor<StaffOptions> staff) : IListingAccess
{
    public Task<bool> CanEditAsync(string email, string listingId, CancellationToken cancellationToken = default) =>
        db.Grants.AnyAsync(g => g.Email == email && g.ListingId == listingId, cancellationToken);

    public async Task<IReadOnlyList<EditorGrant>> HeldByAsync(string email, CancellationToken cancellationToken = default) =>
        await db.Grants.AsNoTracking().Where(g => g.Email == email).OrderBy(g => g.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> EditorsOfAsync(string listingId, CancellationToken cancellationToken = default) =>
        await db.Grants.AsNoTracking().Where(g => g.ListingId == listingId).OrderBy(g => g.Id).Select(g => g.Email).ToListAsync(cancellationToken);

    public bool IsMaintainer(string email) => staff.CurrentValue.IsMaintainer(email);
}
