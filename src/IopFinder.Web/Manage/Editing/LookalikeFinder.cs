using IopFinder.Core.Listings;
using IopFinder.Web.Manage.Claims;
using IopFinder.Web.Manage.Data;
using IopFinder.Web.Manage.Review;
using IopFinder.Web.Shared.Catalogs;
using Microsoft.EntityFrameworkCore;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// Finds what a proposed new program duplicates: a listing or a pending new program with the same name (letters and
/// digits, any case) at the same ZIP code, or on the same website domain (<see cref="RegistrableDomain"/>, so shared
/// hosts never match). Staff are then offered the claim instead of a second listing of one program.
/// </summary>
public sealed class LookalikeFinder(CatalogSnapshot catalog, StaffDb db, ReviewedListingWriter proposals)
{
    public async Task<Lookalike?> FindAsync(Listing proposed, CancellationToken cancellation)
    {
        var mine = Key.Of(proposed);
        foreach (var listing in catalog.Index.Catalog.Listings)
        {
            if (Compare(mine, listing, listing.Id, pending: false) is { } found) return found;
        }
        var pending = await db.ReviewItems.AsNoTracking()
            .Where(i => i.Kind == ReviewKind.NewProgram && i.Status == ReviewStatus.Pending)
            .ToListAsync(cancellation);
        foreach (var item in pending)
        {
            if (proposals.Proposed(item.ListingId, item.Payload) is { } other && Compare(mine, other, item.ListingId!, pending: true) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static Lookalike? Compare(Key mine, Listing other, string id, bool pending)
    {
        if (mine.Domain is { } domain && domain == RegistrableDomain.OfWebsite(other.Contact.Website)) return new Lookalike(id, other.Name, pending, domain);
        return mine.SameNameAndZip(other) ? new Lookalike(id, other.Name, pending, null) : null;
    }

    /// <summary>What two listings are compared by, worked out once for the proposed one.</summary>
    private sealed record Key(string Name, IReadOnlySet<string> Zips, string? Domain)
    {
        public static Key Of(Listing listing) => new(Normal(listing.Name), Zips5(listing),
            RegistrableDomain.OfWebsite(listing.Contact.Website));

        public bool SameNameAndZip(Listing other) =>
            Zips.Count > 0 && Normal(other.Name) == Name && other.Locations.Any(l => Zips.Contains(Zip5(l.Zip)));

        private static string Normal(string name) => new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

        private static string Zip5(string zip) => zip.Length > 5 ? zip[..5] : zip;

        private static HashSet<string> Zips5(Listing listing) => [.. listing.Locations.Select(l => Zip5(l.Zip))];
    }
}
