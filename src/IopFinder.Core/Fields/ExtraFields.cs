using IopFinder.Core.Listings;

namespace IopFinder.Core.Fields;

/// <summary>
/// Fields registered without a property of their own on <see cref="Listing"/>: their values live in
/// <see cref="Listing.Extra"/> by key, so adding one edits no Core type (docs/adding-a-field.md).
/// </summary>
public static class ExtraFields
{
    /// <summary>
    /// A yes/no field (<c>accepts_walk_ins: true</c>): absent means the listing doesn't say; anything but
    /// true/false/yes/no is a problem at its line. Written as <c>true</c> or <c>false</c> when given.
    /// </summary>
    public static FieldDefinition YesNo(string key, bool needsReview = false) => new()
    {
        Key = key,
        Kind = FieldKind.Bool,
        IsExtra = true,
        NeedsReview = needsReview,
        Get = l => l.Extra.Says(key),
        Read = (r, l) => r.Fields.Bool(r.Map, key) is { } answer ? l with { Extra = l.Extra.With(key, answer) } : l,
        Write = (l, y) =>
        {
            if (l.Extra.Says(key) is { } answer) y.Plain(key).Bool(answer);
        },
    };
}
