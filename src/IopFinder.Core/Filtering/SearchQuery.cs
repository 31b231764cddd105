using IopFinder.Core.Filtering;

namespace IopFinder.Core.Filtering;

/// <summary>A validated search: every filter of SPEC section 2. Empty lists mean "no filter".</summary>
public sealed record SearchQuery
{
    /// <summary>Default radius in miles.</summary>
    public const double DefaultRadius = 25;
    /// <summary>Default page size.</summary>
    public const int DefaultSize = 20;
    /// <summary>Largest page size.</summary>
    public const int MaxSize = 100;

    /// <summary>Free text, plain words.</summary>
    public string Text { get; init; } = "";
    /// <summary>Term filters as given, keyed by parameter name (condition, level, ...): any of the ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Terms { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Times of day: morning, afternoon, evening.</summary>
    public IReadOnlyList<string> Times { get; init; } = [];
    /// <summary>Allowed days (mon…sun): a track must meet only on these.</summary>
    public IReadOnlyList<string> Days { get; init; } = [];
    /// <summary>Most hours per week the patient can give.</summary>
    public double? MaxHours { get; init; }
    /// <summary>Where the patient is, as typed.</summary>
    public string Near { get; init; } = "";
    /// <summary>Miles from <see cref="Near"/>.</summary>
    public double Radius { get; init; } = DefaultRadius;
    /// <summary>The yes/no filters asked (their parameters): only programs that say yes to each.</summary>
    public IReadOnlySet<string> Flags { get; init; } = NoFlags;
    /// <summary>
    /// Only programs accepting new patients: <see cref="Flags"/> holds <see cref="Filters.Accepting"/>. Kept so that callers
    /// written before <see cref="Flags"/> (the API binding) still compile; new code reads <see cref="Flags"/>.
    /// </summary>
    public bool AcceptingOnly
    {
        get => Flags.Contains(Filters.Accepting.Parameter);
        init => Flags = new HashSet<string>(value ? Flags.Append(Filters.Accepting.Parameter) : Flags.Where(f => f != Filters.Accepting.Parameter), StringComparer.Ordinal);
    }
    /// <summary>After the matches, also list the programs that don't say.</summary>
    public bool IncludeUnknown { get; init; }
    /// <summary>Order of results.</summary>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>Page, from 1.</summary>
    public int Page { get; init; } = 1;
    /// <summary>Results per page, 1 to <see cref="MaxSize"/>.</summary>
    public int Size { get; init; } = DefaultSize;
    /// <summary>
    /// With few results, also work out the ways out (the filter to remove, words asked as a filter, day
    /// programs, a wider radius), each a search of its own: the search page shows them, the API does not.
    /// </summary>
    public bool WaysOut { get; init; } = true;

    /// <summary>The ids a term filter applies: those given, else its default (level: iop), else none.</summary>
    public IReadOnlyList<string> TermsOf(string parameter) =>
        Terms.TryGetValue(parameter, out var ids) ? ids : Filters.Find(parameter)?.Default ?? [];

    /// <summary>True when nothing is asked beyond the defaults: the home page's search.</summary>
    public bool IsDefault =>
        Text.Length == 0 && Terms.Count == 0 && Times.Count == 0 && Days.Count == 0 && MaxHours is null && Near.Length == 0 && Flags.Count == 0;

    private static readonly IReadOnlySet<string> NoFlags = new HashSet<string>(StringComparer.Ordinal);
}
