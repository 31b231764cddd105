namespace IopFinder.Web.Hsds;

/// <summary>
/// Stable HSDS ids: version-5 UUIDs of our namespace and a name built from the listing id (file name) and
/// the part of the listing (<c>riverside-iop/location/0</c>). Listing ids have no <c>/</c> or <c>:</c>,
/// so the names of different parts, and of taxonomy entries (<c>taxonomy:conditions/ptsd</c>), never meet.
/// Sites and tracks are numbered in the order the listing gives them.
/// </summary>
public static class HsdsIds
{
    /// <summary>IopFinder's HSDS namespace; changing it would change every id clients have stored.</summary>
    public static readonly Guid Namespace = new("5c6a5744-78a1-4742-9bd6-0f909911e204");

    public static Guid Service(string listingId) => Of(listingId);
    public static Guid Organization(string listingId) => Of($"{listingId}/organization");
    public static Guid Location(string listingId, int index) => Of($"{listingId}/location/{index}");
    public static Guid VirtualLocation(string listingId) => Of($"{listingId}/location/virtual");
    public static Guid Address(string listingId, int index) => Of($"{listingId}/address/{index}");
    public static Guid ServiceAtLocation(string listingId, int index) => Of($"{listingId}/service_at_location/{index}");
    public static Guid VirtualServiceAtLocation(string listingId) => Of($"{listingId}/service_at_location/virtual");
    public static Guid Schedule(string listingId, int index) => Of($"{listingId}/schedule/{index}");
    public static Guid Phone(string listingId) => Of($"{listingId}/phone/0");
    public static Guid Language(string listingId, string code) => Of($"{listingId}/language/{code}");
    public static Guid ServiceArea(string listingId, string state) => Of($"{listingId}/service_area/{state}");
    public static Guid Attribute(string listingId, string vocabulary, string termId) => Of($"{listingId}/attribute/{vocabulary}/{termId}");
    /// <summary>Where the attributes of extra yes/no fields point: no vocabulary of the taxonomy has this name.</summary>
    public const string FieldsTaxonomy = "fields";
    public static Guid Taxonomy(string vocabulary) => Of($"taxonomy:{vocabulary}");
    public static Guid TaxonomyTerm(string vocabulary, string termId) => Of($"taxonomy:{vocabulary}/{termId}");

    private static Guid Of(string name) => NameBasedUuid.Create(Namespace, name);
}
