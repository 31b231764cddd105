using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Listings;

/// <summary>One program (intensive outpatient or day program) as its listing file describes it, with derived values filled in.</summary>
public sealed record Listing
{
    /// <summary>The file name without <c>.md</c>: lowercase letters, digits and dashes.</summary>
    public required string Id { get; init; }
    /// <summary>The program's display name.</summary>
    public required string Name { get; init; }
    /// <summary>The organization that runs the program, when given.</summary>
    public string? Organization { get; init; }
    /// <summary>Every term list, keyed by vocabulary (which is also the front-matter key): the one source of the getters below.</summary>
    public ListingTerms Terms { get; init; } = ListingTerms.Empty;
    /// <summary>Levels of care: <c>iop</c>, <c>php</c> (a day program), or both.</summary>
    public IReadOnlyList<string> LevelsOfCare => Terms[VocabularyNames.LevelsOfCare];
    /// <summary>Condition ids from the taxonomy.</summary>
    public IReadOnlyList<string> Conditions => Terms[VocabularyNames.Conditions];
    /// <summary>Modality (therapy) ids from the taxonomy.</summary>
    public IReadOnlyList<string> Modalities => Terms[VocabularyNames.Modalities];
    /// <summary>Medication ids (medications for opioid and alcohol use); empty when the listing does not say.</summary>
    public IReadOnlyList<string> Medications => Terms[VocabularyNames.Medications];
    /// <summary>Population ids: groups the program has designed a program for; empty when the listing does not say.</summary>
    public IReadOnlyList<string> Populations => Terms[VocabularyNames.Populations];
    /// <summary>Genders accepted; empty when the listing does not say.</summary>
    public IReadOnlyList<string> Genders => Terms[VocabularyNames.Genders];
    /// <summary>Age group ids from the taxonomy.</summary>
    public IReadOnlyList<string> Ages => Terms[VocabularyNames.Ages];
    /// <summary>Formats: in-person, virtual, hybrid.</summary>
    public IReadOnlyList<string> Formats => Terms[VocabularyNames.Formats];
    /// <summary>Two-letter states where virtual care is licensed.</summary>
    public IReadOnlyList<string> VirtualStates { get; init; } = [];
    /// <summary>Insurance ids from the taxonomy; empty when the listing does not say.</summary>
    public IReadOnlyList<string> Insurance => Terms[VocabularyNames.Insurance];
    /// <summary>ISO 639-1 language codes; <c>en</c> when the listing does not say.</summary>
    public IReadOnlyList<string> Languages => Terms[VocabularyNames.Languages];
    /// <summary>Accreditation ids from the taxonomy.</summary>
    public IReadOnlyList<string> Accreditation => Terms[VocabularyNames.Accreditation];
    /// <summary>Feature ids from the taxonomy (psychiatrist on staff, crisis plan, ...).</summary>
    public IReadOnlyList<string> Features => Terms[VocabularyNames.Features];
    /// <summary>How many weeks the program usually lasts, when given.</summary>
    public WeekRange? ProgramWeeks { get; init; }
    /// <summary>Tracks a patient can choose between; empty when the listing has no schedule.</summary>
    public IReadOnlyList<Track> Schedule { get; init; } = [];
    /// <summary>In-person sites; empty for virtual-only programs.</summary>
    public IReadOnlyList<Location> Locations { get; init; } = [];
    /// <summary>How to reach the program.</summary>
    public Contact Contact { get; init; } = new();
    /// <summary>Whether the program takes new patients; null when the listing does not say.</summary>
    public bool? AcceptingNewPatients { get; init; }
    /// <summary>Usual wait in weeks, when given.</summary>
    public int? WaitlistWeeks { get; init; }
    /// <summary>When <see cref="AcceptingNewPatients"/> and <see cref="WaitlistWeeks"/> were last set.</summary>
    public DateOnly? OpeningsUpdated { get; init; }
    /// <summary>When anyone last checked the listing.</summary>
    public DateOnly? LastReviewed { get; init; }
    /// <summary>When and by whom every field was last confirmed as still right; null when never.</summary>
    public Confirmation? Confirmed { get; init; }
    /// <summary>Services the source lists that map to no taxonomy term, in plain words.</summary>
    public IReadOnlyList<string> OtherServices { get; init; } = [];
    /// <summary>The public directories the listing was imported from (none when the program wrote it).</summary>
    public IReadOnlyList<ListingSource> Sources { get; init; } = [];
    /// <summary>The answers of yes/no fields registered beyond the built-in ones (<see cref="Fields.ExtraFields"/>); empty for the site's own fields.</summary>
    public ExtraFlags Extra { get; init; } = ExtraFlags.Empty;
    /// <summary>True once program staff have taken over an imported listing: re-imports leave it alone.</summary>
    public bool Claimed { get; init; }
    /// <summary>True for a fictional example, never a real program.</summary>
    public bool Example { get; init; }
    /// <summary>ISO 639-1 language the body is written in, when staff said (<c>es</c>); null means English.</summary>
    public string? DescriptionLanguage { get; init; }
    /// <summary>The Markdown body, unrendered.</summary>
    public string Body { get; init; } = "";
    /// <summary>Path of the listing file relative to the content folder, with forward slashes.</summary>
    public string SourcePath { get; init; } = "";
    /// <summary>Derived: the states of the listing's locations, distinct, in order of appearance.</summary>
    public IReadOnlyList<string> States { get; init; } = [];

    /// <summary>Fewest hours per week among the tracks, or null without a schedule.</summary>
    public double? MinHoursPerWeek => Schedule.Count == 0 ? null : Schedule.Min(t => t.HoursPerWeek);

    /// <summary>Most hours per week among the tracks, or null without a schedule.</summary>
    public double? MaxHoursPerWeek => Schedule.Count == 0 ? null : Schedule.Max(t => t.HoursPerWeek);
}
