using System.Globalization;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;
using IopFinder.Core.Geo;
using IopFinder.Web.Hsds.Model;

namespace IopFinder.Web.Hsds;

/// <summary>
/// A listing as an HSDS service: the program with its organization, sites, phone, tracks, languages,
/// virtual-care states and taxonomy terms. <see cref="Summary"/> leaves the sites out, for a service
/// shown inside one of its own service_at_locations. With <paramref name="nestTerms"/> (a single service)
/// each attribute also carries its whole taxonomy term. Openings older than 30 days say nothing (<see cref="OpeningsRule"/>).
/// </summary>
public sealed class HsdsServiceMapper(HsdsCatalog catalog, OpeningsRule openings, bool nestTerms = false)
{
    private readonly Taxonomy _taxonomy = catalog.Snapshot.Index.Catalog.Taxonomy;

    public HsdsService Service(Listing listing) =>
        Summary(listing) with { ServiceAtLocations = [.. HsdsSite.All(listing).Select(site => HsdsSiteMapper.Map(site))] };

    public HsdsService Summary(Listing listing)
    {
        var id = HsdsIds.Service(listing.Id);
        var (minimumAge, maximumAge) = HsdsAgeRange.Of(listing.Ages);
        var modified = catalog.Modified(listing);
        var open = openings.Of(listing);
        return new HsdsService
        {
            Id = id,
            OrganizationId = HsdsIds.Organization(listing.Id),
            Name = listing.Name,
            Description = Text(listing.Body.Trim()),
            Url = WebAddress(listing.Contact.Website),
            Email = Text(listing.Contact.Email),
            Status = "active",
            ApplicationProcess = Text(string.Join(" ", new[] { listing.Contact.Referral, open.WaitlistWeeks is { } weeks ? HsdsWords.Wait(weeks) : null }.OfType<string>())),
            FeesDescription = listing.Insurance.Count == 0 ? null : HsdsWords.Fees(Labels(VocabularyNames.Insurance, listing.Insurance)),
            Accreditations = listing.Accreditation.Count == 0 ? null : string.Join(", ", Labels(VocabularyNames.Accreditation, listing.Accreditation)),
            EligibilityDescription = Eligibility(listing),
            MinimumAge = minimumAge,
            MaximumAge = maximumAge,
            // The program's own confirmation when it has one (SPEC section 7), else the last check by anyone.
            AssuredDate = listing.Confirmed?.Date ?? listing.LastReviewed,
            Alert = open.AcceptingNewPatients == false ? HsdsWords.NotAccepting : null,
            LastModified = modified?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Phones = listing.Contact.Phone is { Length: > 0 } phone ? [new HsdsPhone(HsdsIds.Phone(listing.Id), id, phone, "voice")] : [],
            Schedules = HsdsScheduleMapper.Map(listing),
            ServiceAreas = [.. listing.VirtualStates.Select(state => new HsdsServiceArea(
                HsdsIds.ServiceArea(listing.Id, state), id, UsStates.Names.GetValueOrDefault(state, state), HsdsWords.VirtualArea, state, "text"))],
            Languages = [.. listing.Languages.Select(code => new HsdsLanguage(HsdsIds.Language(listing.Id, code), id, _taxonomy[VocabularyNames.Languages].Label(code), code))],
            Organization = new HsdsOrganization(HsdsIds.Organization(listing.Id), listing.Organization ?? listing.Name, ""),
            Attributes = HsdsAttributeMapper.Map(listing, catalog, nestTerms),
        };
    }

    /// <summary>An absolute http(s) address, or null: HSDS <c>url</c> fields are URIs.</summary>
    public static string? WebAddress(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? text : null;

    private string? Eligibility(Listing listing)
    {
        var parts = new List<string>();
        if (listing.Ages.Count > 0) parts.Add(HsdsWords.Ages(Labels(VocabularyNames.Ages, listing.Ages)));
        if (listing.Genders.Count > 0) parts.Add(HsdsWords.Genders(Labels(VocabularyNames.Genders, listing.Genders)));
        if (listing.Populations.Count > 0) parts.Add(HsdsWords.Populations(Labels(VocabularyNames.Populations, listing.Populations)));
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private IEnumerable<string> Labels(string vocabulary, IEnumerable<string> ids) => ids.Select(_taxonomy[vocabulary].Label);

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
