using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Hsds;

/// <summary>The English text of the HSDS export (HSDS free-text fields); terms keep their taxonomy labels.</summary>
public static class HsdsWords
{
    /// <summary>The format id that gives a program a virtual location.</summary>
    public const string VirtualFormat = "virtual";

    private static readonly Dictionary<string, string> Vocabularies = new(StringComparer.Ordinal)
    {
        [VocabularyNames.Conditions] = "Conditions a program treats.",
        [VocabularyNames.Modalities] = "Therapies and treatments a program offers.",
        [VocabularyNames.Medications] = "Medications for opioid and alcohol use a program provides.",
        [VocabularyNames.Populations] = "Groups a program has designed a program for.",
        [VocabularyNames.Genders] = "Genders a program accepts.",
        [VocabularyNames.Ages] = "Age groups a program serves.",
        [VocabularyNames.Formats] = "How care is given: in person, virtual or hybrid.",
        [VocabularyNames.Insurance] = "Insurance and ways of paying a program accepts.",
        [VocabularyNames.Languages] = "Languages care is given in (ISO 639-1 codes).",
        [VocabularyNames.Accreditation] = "Bodies that have accredited a program.",
        [VocabularyNames.Features] = "What a program says it offers beyond therapy (psychiatrist on staff, crisis plan...).",
        [VocabularyNames.LevelsOfCare] = "Levels of care: intensive outpatient (iop) and day programs, also called partial hospitalization (php).",
    };

    /// <summary>What a vocabulary holds; its name when there are no words for it yet.</summary>
    public static string Vocabulary(string name) => Vocabularies.GetValueOrDefault(name, name);

    public const string NotAccepting = "Not accepting new patients.";

    public static string Wait(int weeks) => weeks == 1 ? "Usual wait for a place: about 1 week." : $"Usual wait for a place: about {weeks} weeks.";

    public static string Fees(IEnumerable<string> labels) => $"Insurance and payment accepted: {string.Join(", ", labels)}.";

    public static string Ages(IEnumerable<string> labels) => $"Ages: {string.Join(", ", labels)}.";

    public static string Genders(IEnumerable<string> labels) => $"Genders accepted: {string.Join(", ", labels)}.";

    public static string Populations(IEnumerable<string> labels) => $"Designed for: {string.Join(", ", labels)}.";

    public static string SiteName(Listing listing, Location site) => $"{listing.Name} ({site.City}, {site.State})";

    public static string PointFromZip(string zip) => $"The coordinates are the centre of ZIP code {zip}, not the site itself.";

    public static string VirtualName(Listing listing) => $"{listing.Name} (virtual)";

    public static string VirtualCare(IReadOnlyList<string> states) => states.Count == 0
        ? "Virtual care by video or phone; the listing does not say in which states."
        : $"Virtual care by video or phone for people in {string.Join(", ", states)}.";

    public const string VirtualArea = "Virtual care for people in this state.";

    private static readonly ScheduleWords Schedule = new(EnglishText.Instance);

    public static string Track(Track track) => $"{Schedule.Track(track)}, local time of the program.";
}
