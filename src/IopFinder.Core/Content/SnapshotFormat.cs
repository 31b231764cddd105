using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>
/// What the binary listing snapshot holds and in which order; <see cref="SnapshotWriter"/> and
/// <see cref="SnapshotReader"/> follow it. A test checks that every property of <see cref="Listing"/>
/// is one of <see cref="ListingProperties"/>, so a new property cannot be left out of the snapshot.
/// </summary>
internal static class SnapshotFormat
{
    /// <summary>Changes whenever the layout does; a snapshot of another layout is not read.</summary>
    public const string Magic = "IopFinder listing snapshot 4";

    /// <summary>The string lists of a listing other than its terms (which are stored by vocabulary name), in snapshot order.</summary>
    public static IEnumerable<IReadOnlyList<string>> Lists(Listing l) => [l.VirtualStates, l.OtherServices, l.States];

    /// <summary>How many lists <see cref="Lists"/> gives.</summary>
    public const int ListCount = 3;

    /// <summary>Every settable property of <see cref="Listing"/> the snapshot carries.</summary>
    public static readonly IReadOnlySet<string> ListingProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(Listing.Id), nameof(Listing.Name), nameof(Listing.Organization),
        nameof(Listing.Terms), nameof(Listing.VirtualStates), nameof(Listing.OtherServices), nameof(Listing.States),
        nameof(Listing.ProgramWeeks), nameof(Listing.Schedule), nameof(Listing.Locations), nameof(Listing.Contact),
        nameof(Listing.AcceptingNewPatients), nameof(Listing.WaitlistWeeks), nameof(Listing.OpeningsUpdated), nameof(Listing.LastReviewed),
        nameof(Listing.Confirmed), nameof(Listing.Sources), nameof(Listing.Extra),
        nameof(Listing.Claimed), nameof(Listing.Example), nameof(Listing.DescriptionLanguage), nameof(Listing.Body), nameof(Listing.SourcePath),
    };
}
