using System.Globalization;
using IopFinder.Core.Checklist;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using IopFinder.Web.Compare;
using IopFinder.Web.Shared.Localization;
using IopFinder.Web.Shared.Wording;
using IopFinder.Core.Common;

namespace IopFinder.Web.Search;

/// <summary>Everything the search page shows, worked out from one search: groups, chips, heading, links.</summary>
public sealed class SearchPageView
{
    /// <summary>The filters of the form, in the order the page shows them; near, radius and state live elsewhere.</summary>
    public static IReadOnlyList<FilterDefinition> FormFilters(FilterRegistry registry) =>
        [.. registry.All.Where(f => f.IsChoiceGroup).OrderBy(f => f.Section)];

    public SearchPageView(SearchOutcome outcome, IQueryCollection query, Words words)
    {
        query = SearchedQuery.Of(query, outcome.Results);
        _query = query;
        Outcome = outcome;
        Words = words;
        Links = new QueryLinks(query);
        _expanded = [.. query[MoreParameter].Select(v => v ?? "")];
        Compare = new CompareLinks(query);
        Tray = CompareTray.For(query, outcome.Index.Get, "/");
        Groups = [.. FormFilters(outcome.Index.Registry).Select(BuildGroup)];
        Flags = [.. outcome.Index.Registry.Flags.Select(BuildFlag)];
        Chips = BuildChips();
        Guide = new ResultGuide(this);
    }

    /// <summary>The page's own parameter naming a filter group to show in full; the search ignores it.</summary>
    public const string MoreParameter = "more";
    private readonly IQueryCollection _query;
    private readonly HashSet<string> _expanded;

    public SearchOutcome Outcome { get; }
    public Words Words { get; }
    public SearchResults Results => Outcome.Results;
    public SearchQuery Query => Outcome.Results.Query;
    public QueryLinks Links { get; }
    public CompareLinks Compare { get; }
    public CompareTray Tray { get; }
    public ResultGuide Guide { get; }

    /// <summary>Every filter removed; the compare set and the language stay.</summary>
    public string ClearAllUrl => Links.Url([
        .. Compare.Ids.Count == 0 ? [] : new KeyValuePair<string, string?>[] { new(NeedNames.Ids, string.Join(',', Compare.Ids)) },
        .. _query[SiteLanguage.Parameter].Select(code => new KeyValuePair<string, string?>(SiteLanguage.Parameter, code))]);
    public IReadOnlyList<FilterGroup> Groups { get; }
    /// <summary>The yes/no choices ("accepting new patients"); not among <see cref="Groups"/>, which counts and chips read for term and schedule filters.</summary>
    public IReadOnlyList<FilterGroup> Flags { get; }
    public IReadOnlyList<FilterChip> Chips { get; }
    /// <summary>What to say about the request; an ambiguous place is said by <see cref="PlaceChoices"/> with links, a missing one by the place box of <see cref="PlaceNeeded"/>.</summary>
    public IEnumerable<string> Messages => Words.Notices.Say(Outcome.Notices.Where(n => n.Code is not (NoticeCode.PlaceAmbiguous or NoticeCode.PlaceAlsoState or NoticeCode.PlaceNeeded)));

    /// <summary>The words asked for programs nearby ("near me") without a place: the page asks for one.</summary>
    public bool PlaceNeeded => Results.Warnings.Any(n => n.Code == NoticeCode.PlaceNeeded);

    /// <summary>The search's parameters but the place and the page: what the place box of <see cref="PlaceNeeded"/> carries along.</summary>
    public IEnumerable<KeyValuePair<string, string>> PairsWithoutPlace =>
        _query.Where(p => p.Key is not ("near" or "page")).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")));
    /// <summary>How many choices are made in the filters panel (the place and words sit above it).</summary>
    public int ActiveFilterCount =>
        Groups.Sum(g => Outcome.Index.Registry.Find(g.Parameter)!.Default.SequenceEqual(g.Options.Where(o => o.Checked).Select(o => o.Value)) ? 0 : g.Selected)
        + (Query.MaxHours is null ? 0 : 1) + Query.Flags.Count;

    public FilterGroup Group(string parameter) => Groups.First(g => g.Parameter == parameter);

    /// <summary>The level of care asked for: iop (the default), php, or both.</summary>
    public string LevelKey => Query.TermsOf(Filters.Level.Parameter) switch
    {
        [var only] => only,
        _ => "both",
    };

    /// <summary>"14 intensive outpatient programs within 25 miles of 02139 (Cambridge, MA) · sorted by distance", "212 … in Ohio · sorted by name".</summary>
    public string Heading
    {
        get
        {
            var states = Query.TermsOf(Filters.State.Parameter);
            var where = Results.Origin is { } origin ? Words["Results.Within", Radius, origin.Label]
                : states.Count > 0 ? Words["Results.InState", Words.Terms.Or(Filters.State, states)] : "";
            var heading = $"{Count}{where} · {Words[$"Results.Sort.{Results.EffectiveSort}"]}";
            // Asked to see the programs that don't say: the heading counts them too, so it never reads as only "0".
            if (!Query.IncludeUnknown || Results.UnknownTotal == 0) return heading;
            var unknown = Results.UnknownTotal.ToString("N0", CultureInfo.CurrentCulture);
            return $"{heading} · {Words[Results.UnknownTotal == 1 ? "Results.AndUnknown.One" : "Results.AndUnknown", unknown]}";
        }
    }

    /// <summary>"14 intensive outpatient programs".</summary>
    public string Count =>
        Words[Results.Total == 1 ? $"Results.Count.{LevelKey}.One" : $"Results.Count.{LevelKey}", Results.Total.ToString("N0", CultureInfo.CurrentCulture)];

    public string Radius => Query.Radius.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>"For example: PTSD, suboxone, DBT, Medicaid", from what the catalog can answer.</summary>
    public string Placeholder
    {
        get
        {
            var counts = Outcome.Index.CatalogCounts;
            var examples = new (string Parameter, string Id)[] { ("condition", "ptsd"), ("medication", "buprenorphine"), ("modality", "dbt"), ("condition", "depression"), ("insurance", "medicaid"), ("language", "es") }
                .Where(e => counts.TryGetValue(e.Parameter, out var values) && values.GetValueOrDefault(e.Id) > 0)
                .Take(4)
                .Select(e => Words[$"Search.Example.{e.Id}"]);
            return Words["Search.Placeholder", string.Join(", ", examples)];
        }
    }

    private FilterGroup BuildGroup(FilterDefinition filter)
    {
        var selected = filter.Selected(Query);
        var options = filter.Values(Outcome.Index.Catalog.Taxonomy)
            .Select(id => Option(filter.Parameter, id, Words.Terms.Label(filter, id), filter.Vocabulary is { } v ? Words.Terms.Description(v, id) : null, selected.Count > 0, selected.Contains(id)))
            // Values no program of the whole catalog lists go last, under "Show all", marked as such.
            .OrderBy(o => o.Listed ? 0 : 1)
            .ToList();
        var visible = options.Count > 8 ? Math.Min(6, options.Count(o => o.Listed)) : options.Count;
        return new FilterGroup(filter.Parameter, Words.Filters.Legend(filter), Words.Filters.Help(filter), options, Math.Max(visible, 1))
        {
            Expanded = _expanded.Contains(filter.Parameter),
            NoneListedNote = Words.Filters.NoneListed(filter),
        };
    }

    /// <summary>
    /// A choice with the number it shows: the facet count (today's rule, as the API gives it), or, in a
    /// group with a ticked value, what it adds; and whether any listing of the catalog gives it at all.
    /// </summary>
    private FilterOption Option(string parameter, string value, string label, string? description, bool groupTicked, bool ticked)
    {
        var facet = Results.Facets.GetValueOrDefault(parameter)?.GetValueOrDefault(value) ?? 0;
        var listed = Outcome.Index.CatalogCounts.GetValueOrDefault(parameter) is not { } catalog || catalog.GetValueOrDefault(value) > 0;
        return new FilterOption(value, label, description, groupTicked ? Math.Max(0, facet - Results.Total) : facet, ticked, listed) { Adds = groupTicked };
    }

    /// <summary>A yes/no filter ("Accepting new patients"): one choice, drawn like the groups.</summary>
    private FilterGroup BuildFlag(FlagFilter flag)
    {
        var asked = Query.Flags.Contains(flag.Parameter);
        return new(flag.Parameter, Words.Filters.Legend(flag), Words.Filters.Help(flag),
            [Option(flag.Parameter, FlagFilter.Yes, Words.Filters.Option(flag), null, asked, asked)], 1) { NoneListedNote = Words.Filters.NoneListed(flag) };
    }

    private List<FilterChip> BuildChips()
    {
        var q = Query;
        var chips = new List<FilterChip>();
        if (q.Text.Length > 0) chips.Add(new FilterChip($"“{q.Text}”", Links.Without(SearchParameters.Text)));
        // A place we could not find limits nothing, so no chip pretends it does.
        if (Results.Origin is { } origin) chips.Add(new FilterChip(Words["Chip.Near", Radius, origin.Label], Links.Without(Filters.Near.Parameter)));
        foreach (var state in q.TermsOf(Filters.State.Parameter))
        {
            chips.Add(new FilterChip(Words["Chip.State", Words.Terms.Label(Filters.State, state)], Links.Without(Filters.State.Parameter, state)));
        }
        foreach (var group in Groups)
        {
            var filter = Outcome.Index.Registry.Find(group.Parameter)!;
            // The default level is no choice the person made.
            if (filter.Default.Count > 0 && group.Options.Where(o => o.Checked).Select(o => o.Value).SequenceEqual(filter.Default)) continue;
            foreach (var option in group.Options.Where(o => o.Checked))
            {
                chips.Add(new FilterChip(option.Label, Links.Without(group.Parameter, option.Value)));
            }
        }
        if (q.MaxHours is { } max) chips.Add(new FilterChip(Words["Chip.MaxHours", ScheduleWords.Hours(max)], Links.Without(Filters.MaxHours.Parameter)));
        foreach (var flag in Outcome.Index.Registry.Flags.Where(f => q.Flags.Contains(f.Parameter)))
        {
            chips.Add(new FilterChip(Words.Filters.Option(flag), Links.Without(flag.Parameter)));
        }
        return chips;
    }
}
