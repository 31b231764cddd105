using IopFinder.Core.Listings;

namespace IopFinder.Core.Fields;

/// <summary>
/// One listing field of SPEC section 1, defined once: its YAML key, the shape of its value, its vocabulary,
/// whether it is required, whether a change by program staff waits for review, the resource keys of its
/// label and help, how it is read and checked, and how it is written. The validator, the writer, the
/// snapshot, the importer, the API, HSDS and the staff editor loop over <see cref="ListingFields.All"/>.
/// </summary>
public sealed record FieldDefinition
{
    /// <summary>The front-matter key (<c>levels_of_care</c>); <c>body</c> for the Markdown after it.</summary>
    public required string Key { get; init; }

    /// <summary>The shape of the value.</summary>
    public required FieldKind Kind { get; init; }

    /// <summary>The taxonomy vocabulary of a term field (its name is the key); null otherwise.</summary>
    public string? Vocabulary { get; init; }

    /// <summary>True when every listing must give it (the validator says so when it is missing).</summary>
    public bool Required { get; init; }

    /// <summary>True when a change by program staff waits in the review queue (identity and credentials, SPEC section 7).</summary>
    public bool NeedsReview { get; init; }

    /// <summary>The keys of a group's parts (<c>contact</c>: phone, website, ...; a schedule track: track, days, start, end).</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>True for a field kept in <see cref="Listing.Extra"/> by key rather than in a property of its own.</summary>
    public bool IsExtra { get; init; }

    /// <summary>False for the body, which follows the front matter rather than being a key in it.</summary>
    public bool InFrontMatter => Kind != FieldKind.Markdown;

    /// <summary>The resource key of the field's label, worded by the web layer in each language.</summary>
    public string LabelKey => $"Field.{Key}.Label";

    /// <summary>The resource key of the field's plain-language help.</summary>
    public string HelpKey => $"Field.{Key}.Help";

    /// <summary>
    /// The field's value on a listing: <see cref="string"/>, a list of ids or lines, <see cref="bool"/>?, <see cref="int"/>?,
    /// <see cref="DateOnly"/>?, <see cref="Listings.WeekRange"/>, tracks, locations, <see cref="Listings.Contact"/>,
    /// <see cref="Listings.Confirmation"/> or sources, as <see cref="Kind"/> says; null or empty when the listing does not say.
    /// </summary>
    public required Func<Listing, object?> Get { get; init; }

    /// <summary>Reads and checks the field from front matter into the listing being built.</summary>
    internal Func<FieldReading, Listing, Listing> Read { get; init; } = (_, l) => l;

    /// <summary>The field as the writer writes it (empty when the listing does not give it).</summary>
    internal string Written(Listing listing) => YamlOut.Mapping(y => Write(listing, y));

    /// <summary>Writes the key and value, or nothing when the listing does not give the field.</summary>
    internal Action<Listing, YamlOut> Write { get; init; } = (_, _) => { };
}
