using IopFinder.Core.Common;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Filtering;

/// <summary>
/// Every search filter of SPEC section 2, each defined once, in the order the comparison shows them
/// as needs. Adding a filter is one entry here (and in <see cref="Registry"/>) plus, for a term filter,
/// its vocabulary in <c>taxonomy.yml</c>, and its words in the web layer's resources.
/// </summary>
public static class Filters
{
    /// <summary>Conditions treated; a listing naming only a broader condition doesn't say.</summary>
    public static FilterDefinition Condition { get; } = Terms("condition", VocabularyNames.Conditions, l => l.Conditions,
        AbsenceRule.EmptyField, NeedCredit.Fraction, FilterSection.Need);

    /// <summary>Therapies and treatments.</summary>
    public static FilterDefinition Modality { get; } = Terms("modality", VocabularyNames.Modalities, l => l.Modalities,
        AbsenceRule.EmptyField, NeedCredit.Fraction, FilterSection.Treatment);

    /// <summary>Medications for opioid and alcohol use.</summary>
    public static FilterDefinition Medication { get; } = Terms("medication", VocabularyNames.Medications, l => l.Medications,
        AbsenceRule.EmptyField, NeedCredit.AnyOf, FilterSection.Treatment);

    /// <summary>Insurance and payment.</summary>
    public static FilterDefinition Insurance { get; } = Terms("insurance", VocabularyNames.Insurance, l => l.Insurance,
        AbsenceRule.EmptyField, NeedCredit.AnyOf, FilterSection.Payment);

    /// <summary>In person, virtual, hybrid.</summary>
    public static FilterDefinition Format { get; } = Terms("format", VocabularyNames.Formats, l => l.Formats,
        AbsenceRule.Never, NeedCredit.AnyOf, FilterSection.How);

    /// <summary>Within the radius of a place, or virtual care stated for its state.</summary>
    public static FilterDefinition Near { get; } = new NearFilter
    {
        Parameter = "near", Credit = NeedCredit.Distance, Section = FilterSection.Place,
    };

    /// <summary>Time of day a track starts.</summary>
    public static FilterDefinition Time { get; } = new TimeFilter
    {
        Parameter = "time", FixedValues = ScheduleIds.Times, Absence = AbsenceRule.EmptyField,
        Credit = NeedCredit.Schedule, Section = FilterSection.When,
    };

    /// <summary>Days a track meets: only days the patient can attend.</summary>
    public static FilterDefinition Day { get; } = new DayFilter
    {
        Parameter = "day", FixedValues = [.. ScheduleIds.Days.Select(d => d.Id)], Absence = AbsenceRule.EmptyField,
        Credit = NeedCredit.Schedule, Section = FilterSection.When,
    };

    /// <summary>Most hours per week the patient can give.</summary>
    public static FilterDefinition MaxHours { get; } = new MaxHoursFilter
    {
        Parameter = "max_hours", Absence = AbsenceRule.EmptyField,
        Credit = NeedCredit.Schedule, Section = FilterSection.When,
    };

    /// <summary>Level of care; intensive outpatient unless the search asks for day programs.</summary>
    public static FilterDefinition Level { get; } = Terms("level", VocabularyNames.LevelsOfCare, l => l.LevelsOfCare,
        AbsenceRule.Never, NeedCredit.AnyOf, FilterSection.Level) with { Default = ["iop"] };

    /// <summary>Age groups served.</summary>
    public static FilterDefinition Age { get; } = Terms("age", VocabularyNames.Ages, l => l.Ages,
        AbsenceRule.EmptyField, NeedCredit.AnyOf, FilterSection.Who);

    /// <summary>Genders accepted.</summary>
    public static FilterDefinition Gender { get; } = Terms("gender", VocabularyNames.Genders, l => l.Genders,
        AbsenceRule.EmptyField, NeedCredit.AnyOf, FilterSection.Who);

    /// <summary>Groups with a program designed for them.</summary>
    public static FilterDefinition Population { get; } = Terms("population", VocabularyNames.Populations, l => l.Populations,
        AbsenceRule.EmptyField, NeedCredit.AnyOf, FilterSection.Who);

    /// <summary>Languages care is offered in (English when a listing does not say).</summary>
    public static FilterDefinition Language { get; } = Terms("language", VocabularyNames.Languages, l => l.Languages,
        AbsenceRule.Never, NeedCredit.AnyOf, FilterSection.Who);

    /// <summary>Accrediting bodies.</summary>
    public static FilterDefinition Accreditation { get; } = Terms("accreditation", VocabularyNames.Accreditation, l => l.Accreditation,
        AbsenceRule.EmptyField, NeedCredit.AnyOf, FilterSection.Support);

    /// <summary>Features a program says it offers; one it does not name is unknown, never "no".</summary>
    public static FilterDefinition Feature { get; } = Terms("feature", VocabularyNames.Features, l => l.Features,
        AbsenceRule.NotNamed, NeedCredit.AnyOf, FilterSection.Support);

    /// <summary>A state the program has a site in or offers virtual care in (the national map's links).</summary>
    public static FilterDefinition State { get; } = new TermFilter
    {
        Parameter = "state", FixedValues = [.. UsStates.Names.Keys],
        Read = l => l.VirtualStates.Count == 0 ? l.States : [.. l.States.Union(l.VirtualStates, StringComparer.Ordinal)],
        Section = FilterSection.Place,
    };

    /// <summary>Only programs accepting new patients; openings older than <see cref="OpeningsRule.CurrentDays"/> days don't say.</summary>
    public static FlagFilter Accepting { get; } = new()
    {
        Parameter = "accepting", Says = l => l.AcceptingNewPatients, WaitWeeks = l => l.WaitlistWeeks, Keeps = "programs accepting new patients",
        LastDay = OpeningsRule.LastDay, Lapsed = null,
    };

    /// <summary>
    /// Only listings confirmed within <see cref="ConfirmationRule.CurrentDays"/> days. Never or no longer
    /// confirmed is "no", not "doesn't say": whether a listing was confirmed is a fact we hold about every
    /// listing, so there is nothing unknown to list after the matches or to ask the program on the phone.
    /// </summary>
    public static FlagFilter Confirmed { get; } = new()
    {
        Parameter = "confirmed", Says = l => l.Confirmed is not null, Keeps = "listings confirmed by the program or IopFinder in the last 90 days",
        LastDay = ConfirmationRule.LastDay, Lapsed = false, AlwaysAnswered = true,
    };

    /// <summary>The one value of <see cref="Accepting"/>: its facet counts and catalog counts are keyed by it.</summary>
    public const string AcceptingValue = FlagFilter.Yes;

    /// <summary>The site's filters, registered in the order the comparison shows needs.</summary>
    public static FilterRegistry Registry { get; } = new(
    [
        Condition, Modality, Medication, Insurance, Format, Near, Time, Day, MaxHours, Level,
        Age, Gender, Population, Language, Accreditation, Feature, State, Accepting, Confirmed,
    ]);

    /// <summary>Every filter, in the order the comparison shows needs.</summary>
    public static IReadOnlyList<FilterDefinition> All => Registry.All;

    /// <summary>The filters over a listing's term lists, in <see cref="All"/> order.</summary>
    public static IReadOnlyList<FilterDefinition> TermFilters => Registry.TermFilters;

    /// <summary>The filter with this parameter name, or null.</summary>
    public static FilterDefinition? Find(string parameter) => Registry.Find(parameter);

    private static FilterDefinition Terms(string parameter, string vocabulary, Func<Listings.Listing, IReadOnlyList<string>> read,
        AbsenceRule absence, NeedCredit credit, FilterSection section) => new TermFilter
        {
            Parameter = parameter, Vocabulary = vocabulary, Read = read,
            Absence = absence, Credit = credit, Section = section,
        };
}
