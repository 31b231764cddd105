using IopFinder.Core.Fields;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>
/// A yes/no fact a listing may leave out ("accepting new patients", "accepts walk-ins"). Asked with
/// <c>parameter=true</c>, it keeps the listings that say yes; those that say nothing "don't say", never
/// "no". Search, facets, catalog counts, ways out, the checklist and the form handle every flag alike,
/// so a new one is one registration plus its words.
/// </summary>
public sealed record FlagFilter : FilterDefinition
{
    /// <summary>The one value a flag takes in a query string; its facet and catalog counts are keyed by it.</summary>
    public const string Yes = "true";

    /// <summary>A flag filter with one value, "true", whose absence from a listing is "doesn't say"; a need credited yes or no.</summary>
    public FlagFilter()
    {
        FixedValues = [Yes];
        Absence = AbsenceRule.EmptyField;
        Credit = NeedCredit.Flag;
        Section = FilterSection.Openings;
    }

    /// <summary>A flag over a registered yes/no field (<see cref="ExtraFields.YesNo"/>): asked with <c>parameter=true</c>, it keeps the listings whose field says yes.</summary>
    public static FlagFilter Over(FieldDefinition field, string parameter) => new()
    {
        Parameter = parameter, Says = l => field.Get(l) as bool?,
    };

    /// <summary>What the listing says, however old: true, false, or null when it doesn't say. Read it through <see cref="SaysOn"/>.</summary>
    public required Func<Listing, bool?> Says { get; init; }

    /// <summary>
    /// The last day the listing's answer stands (openings 30 days, confirmations 90); null for an answer that
    /// never lapses. A flag without it is timeless. Search reads it at query time, so an answer lapsing at
    /// midnight stops counting without the catalog being rebuilt.
    /// </summary>
    public Func<Listing, DateOnly?>? LastDay { get; init; }

    /// <summary>What a lapsed answer reads as: "doesn't say" (null) for openings, "no" for a confirmation.</summary>
    public bool? Lapsed { get; init; }

    /// <summary>What the listing says on <paramref name="today"/>: its answer, or <see cref="Lapsed"/> after its last day.</summary>
    public bool? SaysOn(Listing listing, DateOnly today) =>
        LastDay?.Invoke(listing) is { } last && today > last ? Lapsed : Says(listing);

    /// <summary>
    /// True when every listing answers it yes or no (a confirmation is a fact we hold about each listing): there is no
    /// "doesn't say" to list or to call about, and a catalog where none says yes words that plainly.
    /// </summary>
    public bool AlwaysAnswered { get; init; }

    /// <summary>Weeks of waiting a "yes" comes with, when the listing gives them (openings); null for most flags.</summary>
    public Func<Listing, int?>? WaitWeeks { get; init; }

    /// <summary>What "true" keeps, for the API document ("only programs accepting new patients").</summary>
    public string Keeps { get; init; } = "";

    /// <inheritdoc/>
    public override FilterKind Kind => FilterKind.Flag;

    /// <inheritdoc/>
    public override ParameterSchema Schema(Taxonomy.Taxonomy taxonomy) =>
        new(ParameterShape.Flag, $"true: only {(Keeps.Length > 0 ? Keeps : $"programs that say yes ({Parameter})")}.");

    /// <summary>"true", "1", "on", "yes" ask; "false", "0", "off" or nothing don't; anything else is an error.</summary>
    public override SearchQuery Parse(SearchQuery query, QueryReading reading) =>
        reading.Flag(Parameter) ? query with { Flags = new HashSet<string>(query.Flags.Append(Parameter), StringComparer.Ordinal) } : query;

    /// <inheritdoc/>
    public override IReadOnlyList<string> Selected(SearchQuery query) => query.Flags.Contains(Parameter) ? FixedValues : [];

    /// <inheritdoc/>
    public override bool Answers(Listing listing) => Says(listing) is not null;

    /// <summary>The last day of the listing's answer as a day number; int.MaxValue when it never lapses.</summary>
    internal int LastDayNumber(Listing listing) => LastDay?.Invoke(listing)?.DayNumber ?? int.MaxValue;
}
