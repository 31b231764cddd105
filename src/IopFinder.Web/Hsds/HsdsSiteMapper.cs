using IopFinder.Web.Hsds.Model;

namespace IopFinder.Web.Hsds;

/// <summary>
/// A program's places as HSDS locations: each in-person site a <c>physical</c> location with its
/// coordinates and address, virtual care one <c>virtual</c> location (the program's website, the states
/// it serves in words); each joined to the service by a service_at_location.
/// </summary>
public static class HsdsSiteMapper
{
    public static HsdsServiceAtLocation Map(HsdsSite site, HsdsService? service = null)
    {
        var location = Location(site);
        return new HsdsServiceAtLocation
        {
            Id = site.Id,
            ServiceId = HsdsIds.Service(site.Listing.Id),
            LocationId = location.Id,
            Location = location,
            Service = service,
        };
    }

    public static HsdsLocation Location(HsdsSite site)
    {
        var listing = site.Listing;
        var organizationId = HsdsIds.Organization(listing.Id);
        if (site.Location is not { } place)
        {
            return new HsdsLocation
            {
                Id = HsdsIds.VirtualLocation(listing.Id),
                LocationType = "virtual",
                Url = HsdsServiceMapper.WebAddress(listing.Contact.Website),
                OrganizationId = organizationId,
                Name = HsdsWords.VirtualName(listing),
                Description = HsdsWords.VirtualCare(listing.VirtualStates),
            };
        }
        var id = HsdsIds.Location(listing.Id, site.Index);
        return new HsdsLocation
        {
            Id = id,
            LocationType = "physical",
            OrganizationId = organizationId,
            Name = HsdsWords.SiteName(listing, place),
            Description = place.PointFromZip ? HsdsWords.PointFromZip(place.Zip) : null,
            Latitude = place.Point?.Lat,
            Longitude = place.Point?.Lon,
            Addresses =
            [
                new HsdsAddress
                {
                    Id = HsdsIds.Address(listing.Id, site.Index),
                    LocationId = id,
                    Address1 = place.Address ?? "",
                    City = place.City,
                    StateProvince = place.State,
                    PostalCode = place.Zip,
                    Country = "US",
                    AddressType = "physical",
                },
            ],
        };
    }
}
