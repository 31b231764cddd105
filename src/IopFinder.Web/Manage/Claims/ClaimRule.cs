using IopFinder.Core.Listings;
using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Manage.Claims;

/// <summary>
/// When a claim needs no maintainer: the address is the listing's own <c>contact.email</c>, or its domain
/// is the registrable domain of the listing's website. Anything else waits for review.
/// </summary>
public static class ClaimRule
{
    /// <summary>How the address earns the listing at once, or null when a maintainer must decide.</summary>
    public static GrantRoute? AtOnce(string email, Listing listing)
    {
        if (StaffAddress.Normalize(listing.Contact.Email) is { } contact && contact == email) return GrantRoute.ContactEmail;
        var website = RegistrableDomain.OfWebsite(listing.Contact.Website);
        return website is not null && RegistrableDomain.Of(StaffAddress.DomainOf(email)) == website ? GrantRoute.WebsiteDomain : null;
    }
}
