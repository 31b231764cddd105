using IopFinder.Core.Filtering;

namespace IopFinder.Core.Filtering;

/// <summary>
/// Which bit of a search's failure and "doesn't say" masks stands for which filter group, derived from
/// the registered filters so that a new filter gets a bit (and its "doesn't say" label and way out)
/// without anyone counting bits by hand. Bit 0 is the words of the search; then the term filters in
/// registration order (<see cref="FilterKind.Terms"/> is the first kind); then the other filters ordered by
/// <see cref="FilterKind"/>, registration order within a kind; then the internal combination marker.
/// Ordering by kind keeps the bit order, which is the order labels are listed and ties between ways out
/// are broken, as it has always been.
/// </summary>
internal sealed class FilterBitLayout
{
    /// <summary>Bits a mask can use: an <see cref="int"/> without its sign bit, so masks stay positive and sort by bit.</summary>
    public const int Width = 31;

    /// <summary>The layout of the site's filters (<see cref="Filters.Registry"/>); built with it, when a layout that does not fit throws.</summary>
    public static FilterBitLayout Registered => Filters.Registry.Layout;

    private readonly Dictionary<int, string> _parameters = [];
    private readonly Dictionary<FilterDefinition, int> _bits = new(ReferenceEqualityComparer.Instance);

    public FilterBitLayout(IReadOnlyList<FilterDefinition> filters)
    {
        // Words, every filter, and the combination marker.
        var needed = filters.Count + 2;
        if (needed > Width)
        {
            throw new InvalidOperationException(
                $"{filters.Count} filters need {needed} bits (one each, plus the words of the search and the schedule combination marker), " +
                $"but a filter mask has {Width}. Widen the masks in FilterPlan, FilterOutcome and FacetCounter (int to long) before registering more filters.");
        }
        var bit = TextBit;
        _parameters[bit] = SearchParameters.Text;
        var terms = new List<int>();
        var flags = new List<int>();
        foreach (var filter in filters.OrderBy(f => f.Kind))
        {
            bit <<= 1;
            _bits[filter] = bit;
            _parameters[bit] = filter.Parameter;
            if (filter.IsTerms) terms.Add(bit);
            if (filter is FlagFilter) flags.Add(bit);
        }
        TermBits = [.. terms];
        FlagBits = [.. flags];
        FilterBits = [.. _parameters.Keys.Order()];
        CombinationBit = bit << 1;
    }

    /// <summary>The words of the search (q).</summary>
    public int TextBit => 1;

    /// <summary>
    /// Set with the schedule bits when each schedule condition alone is met but no one track meets them all.
    /// A marker, not a filter: it is in no <see cref="FilterBits"/> enumeration and names no parameter.
    /// </summary>
    public int CombinationBit { get; }

    /// <summary>Every group bit a user can set (the words and each filter), lowest first.</summary>
    public IReadOnlyList<int> FilterBits { get; }

    /// <summary>The bit of each term filter, in <see cref="Filters.TermFilters"/> order.</summary>
    public IReadOnlyList<int> TermBits { get; }

    /// <summary>The bit of each yes/no filter, in <see cref="FilterRegistry.Flags"/> order.</summary>
    public IReadOnlyList<int> FlagBits { get; }

    /// <summary>The bit of a registered filter.</summary>
    public int BitOf(FilterDefinition filter) => _bits[filter];

    /// <summary>The parameter a group bit stands for.</summary>
    public string ParameterOf(int bit) =>
        _parameters.TryGetValue(bit, out var parameter) ? parameter : throw new ArgumentOutOfRangeException(nameof(bit), bit, "Not a filter bit.");

    /// <summary>The parameters of every group bit in a mask, lowest bit first.</summary>
    public IReadOnlyList<string> ParametersOf(int mask) => [.. FilterBits.Where(bit => (mask & bit) != 0).Select(bit => _parameters[bit])];
}
