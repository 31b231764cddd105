using IopFinder.Core.Listings;

namespace IopFinder.Core.Fields;

/// <summary>
/// The fields of one site, in canonical order (the body last), built once. Like <see cref="Filtering.FilterRegistry"/>:
/// <see cref="ListingFields.Registry"/> registers the default set, and <see cref="With"/> builds one with more
/// (a test's "accepts walk-ins"). The validator, writer, snapshot, API and HSDS read the registry they are given.
/// </summary>
public sealed class FieldRegistry
{
    private readonly Dictionary<string, FieldDefinition> _byKey;

    /// <summary>Registers fields in order; a repeated key throws, since one key would then have two meanings.</summary>
    public FieldRegistry(IEnumerable<FieldDefinition> fields)
    {
        All = [.. fields];
        _byKey = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
        foreach (var field in All)
        {
            if (!_byKey.TryAdd(field.Key, field)) throw new InvalidOperationException($"The field '{field.Key}' is registered twice.");
        }
        TermFields = [.. All.Where(f => f.Kind == FieldKind.Terms)];
        FrontMatterKeys = [.. All.Where(f => f.InFrontMatter).Select(f => f.Key)];
        Extras = [.. All.Where(f => f.IsExtra)];
    }

    /// <summary>Every field, in canonical order; the body last.</summary>
    public IReadOnlyList<FieldDefinition> All { get; }

    /// <summary>The term fields, in canonical order: each one's key is its vocabulary.</summary>
    public IReadOnlyList<FieldDefinition> TermFields { get; }

    /// <summary>Every key front matter may have.</summary>
    public IReadOnlyList<string> FrontMatterKeys { get; }

    /// <summary>The fields kept in <see cref="Listing.Extra"/> (registered with <see cref="ExtraFields"/>), which the API and HSDS carry by key.</summary>
    public IReadOnlyList<FieldDefinition> Extras { get; }

    /// <summary>The field with this key, or null.</summary>
    public FieldDefinition? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>This registry with more fields, placed before the body so front matter keeps its order.</summary>
    public FieldRegistry With(params FieldDefinition[] more) =>
        new([.. All.Where(f => f.InFrontMatter), .. more, .. All.Where(f => !f.InFrontMatter)]);

    /// <summary>
    /// The fields whose values differ between two versions of a listing, in canonical order, compared as
    /// they would be written (so derived values such as hours per week never count as a change). A save
    /// names them, and one with <see cref="FieldDefinition.NeedsReview"/> sends the change to review.
    /// </summary>
    public IReadOnlyList<FieldDefinition> Changed(Listing before, Listing after) =>
        [.. All.Where(f => f.InFrontMatter ? f.Written(before) != f.Written(after) : !string.Equals(before.Body.TrimEnd(), after.Body.TrimEnd(), StringComparison.Ordinal))];

    /// <summary>A short fingerprint of the keys, so what was parsed under other fields is parsed again.</summary>
    public string Fingerprint => string.Join(',', FrontMatterKeys);
}
