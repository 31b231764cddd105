using IopFinder.Web.Manage.Data;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Claims;

/// <summary>Adds a person to a listing's editors, once.</summary>
public sealed class EditorGrants(StaffDb db, TimeProvider clock)
{
    /// <summary>True when the grant is new, false when the person already held the listing.</summary>
    public async Task<bool> GrantAsync(string listingId, string email, GrantRoute route, CancellationToken cancellationToken = default)
    {
        if (await db.Grants.AnyAsync(g => g.ListingId == listingId && g.Email == email, cancellationToken)) return false;
        db.Grants.Add(new EditorGrant { ListingId = listingId, Email = email, Route = route, GrantedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
