using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Programs;

/// <summary>
/// A program page's description for search results, only from what the listing says: its name, level
/// and places, a few conditions and therapies, its phone. A fact the listing leaves out is left out.
/// </summary>
public static class ProgramSentence
{
    /// <summary>How many conditions and therapies are named; the page lists them all.</summary>
    public const int MaxTerms = 3;

    public static string Say(Listing listing, Words words)
    {
        var level = words[$"Meta.Program.Level.{Level(listing)}"];
        var places = listing.Locations.Select(l => $"{l.City}, {l.State}").Distinct(StringComparer.Ordinal).ToList();
        var parts = new List<string>
        {
            places.Count > 0 ? words["Meta.Program.Place", listing.Name, level, Places(places, words)]
            : listing.VirtualStates.Count > 0 ? words["Meta.Program.VirtualIn", listing.Name, level, words.Terms.And(Filters.State, listing.VirtualStates)]
            : words["Meta.Program.Virtual", listing.Name, level],
        };
        if (listing.Conditions.Count > 0) parts.Add(words["Meta.Program.Conditions", Some(listing.Conditions, VocabularyNames.Conditions, words)]);
        if (listing.Modalities.Count > 0) parts.Add(words["Meta.Program.Therapies", Some(listing.Modalities, VocabularyNames.Modalities, words)]);
        if (listing.Contact.Phone is { } phone) parts.Add(words["Meta.Program.Phone", phone]);
        return string.Join(' ', parts);
    }

    private static string Level(Listing listing) => (listing.LevelsOfCare.Contains("iop"), listing.LevelsOfCare.Contains("php")) switch
    {
        (true, true) => "both",
        (false, true) => "php",
        _ => "iop",
    };

    private static string Places(List<string> places, Words words) =>
        places.Count <= MaxTerms ? words.Terms.And(places) : words["Meta.Program.MorePlaces", string.Join(", ", places.Take(MaxTerms)), places.Count - MaxTerms];

    private static string Some(IReadOnlyList<string> ids, string vocabulary, Words words)
    {
        var labels = ids.Take(MaxTerms).Select(id => words.Terms.Label(vocabulary, id)).ToList();
        return ids.Count <= MaxTerms ? words.Terms.And(labels) : words["Meta.Program.AndMore", string.Join(", ", labels)];
    }
}
