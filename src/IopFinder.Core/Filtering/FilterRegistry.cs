
namespace IopFinder.Core.Filtering;

/// <summary>
/// The filters of one site, in registration order (the order the comparison shows needs), built once.
/// Like a Markdig pipeline: <see cref="Filters.Registry"/> registers the default set, and a test builds
/// one more with <see cref="With"/>. Search bits are laid out from this order (<see cref="Layout"/>),
/// which also checks that the filters fit the masks.
/// </summary>
public sealed class FilterRegistry
{
    private readonly Dictionary<string, FilterDefinition> _byParameter;

    /// <summary>Registers filters in order; a repeated parameter, or more filters than the masks hold, throws.</summary>
    public FilterRegistry(IEnumerable<FilterDefinition> filters)
    {
        All = [.. filters];
        _byParameter = new Dictionary<string, FilterDefinition>(StringComparer.Ordinal);
        foreach (var filter in All)
        {
            // Two filters reading one parameter would split one query-string name between two meanings.
            if (!_byParameter.TryAdd(filter.Parameter, filter)) throw new InvalidOperationException($"The filter parameter '{filter.Parameter}' is registered twice.");
        }
        TermFilters = [.. All.Where(f => f.IsTerms)];
        Flags = [.. All.OfType<FlagFilter>()];
        ReadOrder = [.. All.OrderBy(f => f.Kind)];
        Layout = new FilterBitLayout(All);
    }

    /// <summary>Every filter, in registration order.</summary>
    public IReadOnlyList<FilterDefinition> All { get; }

    /// <summary>The filters over a listing's term lists, in <see cref="All"/> order.</summary>
    public IReadOnlyList<FilterDefinition> TermFilters { get; }

    /// <summary>The yes/no filters, in <see cref="All"/> order.</summary>
    public IReadOnlyList<FlagFilter> Flags { get; }

    /// <summary>
    /// Term filters first, then each other kind in <see cref="FilterKind"/> order: the order of search
    /// bits and of reading a query string (so notices come out in the order they always have).
    /// </summary>
    public IReadOnlyList<FilterDefinition> ReadOrder { get; }

    /// <summary>Which search bit stands for which filter.</summary>
    internal FilterBitLayout Layout { get; }

    /// <summary>The filter with this parameter name, or null.</summary>
    public FilterDefinition? Find(string parameter) => _byParameter.GetValueOrDefault(parameter);

    /// <summary>This registry with more filters registered after its own.</summary>
    public FilterRegistry With(params FilterDefinition[] more) => new([.. All, .. more]);
}
