using System.Globalization;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Core.Taxonomy;
using IopFinder.Web.Services;

namespace IopFinder.Web.Rendering;

/// <summary>Everything the search page shows, worked out from one search: groups, chips, heading, links.</summary>
public sealed class SearchPageView
{
    private static readonly Dictionary<string, (string Legend, string Help)> GroupText = new()
    {
        ["condition"] = ("What do you need help with?", "Shows programs that treat any of these."),
        ["modality"] = ("Therapy and treatment", "Shows programs that offer any of these."),
        ["format"] = ("How you attend", "In person, by video, or a mix. Shows programs with any of these."),
        ["insurance"] = ("Insurance and payment", "Always confirm your plan with the program. Shows programs that take any of these."),
        ["age"] = ("Age group", "Shows programs for any of these ages."),
        ["language"] = ("Language", "Shows programs offering any of these languages."),
        ["accreditation"] = ("Accreditation", "Independent quality reviews. Shows programs with any of these."),
        ["feature"] = ("Support and accessibility", "Shows programs with any of these."),
        ["time"] = ("Time of day", "Shows programs with a track at any of these times."),
        ["day"] = ("Days you can attend", "Shows programs with a track that meets only on days you tick."),
    };

    public SearchPageView(SearchOutcome outcome, IQueryCollection query)
    {
        Outcome = outcome;
        Links = new QueryLinks(query);
        Compare = new CompareLinks(query);
        Tray = CompareTray.For(query, outcome.Find, "/");
        var q = outcome.Results.Query;
        Groups = BuildGroups(outcome, q);
        Chips = BuildChips(outcome, q);
    }

    public SearchOutcome Outcome { get; }
    public SearchResults Results => Outcome.Results;
    public SearchQuery Query => Outcome.Results.Query;
    public QueryLinks Links { get; }
    public CompareLinks Compare { get; }
    public CompareTray Tray { get; }

    /// <summary>Every filter removed; the compare set stays.</summary>
    public string ClearAllUrl => Links.Url(Compare.Ids.Count == 0 ? [] : [new("ids", string.Join(',', Compare.Ids))]);
    public IReadOnlyList<FilterGroup> Groups { get; }
    public IReadOnlyList<FilterChip> Chips { get; }
    public IEnumerable<string> Messages => Outcome.Parsed.Errors.Concat(Outcome.Parsed.Warnings).Concat(Results.Warnings);
    public int ActiveFilterCount => Groups.Sum(g => g.Selected) + (Query.MaxHours is null ? 0 : 1) + (Query.AcceptingOnly ? 1 : 0);

    public FilterGroup Group(string parameter) => Groups.First(g => g.Parameter == parameter);

    public string Heading
    {
        get
        {
            var count = Results.Total == 1 ? "1 program" : $"{Results.Total.ToString("N0", CultureInfo.InvariantCulture)} programs";
            var where = Results.Origin is { } origin
                ? $" within {Radius} miles of {origin.Label}{(origin.State is null ? "" : $" or virtual in {origin.State}")}"
                : "";
            var sort = Results.EffectiveSort switch
            {
                SearchSort.Distance => "sorted by distance",
                SearchSort.Name => "sorted by name",
                SearchSort.Hours => "sorted by fewest hours a week",
                _ => "best matches first",
            };
            return $"{count}{where} · {sort}";
        }
    }

    public string Radius => Query.Radius.ToString("0.#", CultureInfo.InvariantCulture);

    public string SuggestionText(LoosenSuggestion suggestion)
    {
        var what = suggestion.Parameter switch
        {
            "q" => "the search words",
            "near" => "the location limit",
            "max_hours" => "the hours-per-week limit",
            "accepting" => "“accepting new patients only”",
            var p => GroupText.TryGetValue(p, out var t) ? $"the “{t.Legend.TrimEnd('?')}” filter" : p,
        };
        return $"Remove {what} to see {suggestion.Total} program{(suggestion.Total == 1 ? "" : "s")}";
    }

    private static List<FilterGroup> BuildGroups(SearchOutcome outcome, SearchQuery q)
    {
        var facets = outcome.Results.Facets;
        int CountOf(string p, string v) => facets.TryGetValue(p, out var c) && c.TryGetValue(v, out var n) ? n : 0;
        var groups = new List<FilterGroup>();
        foreach (var (parameter, vocabularyName) in SearchParameters.TermFilters)
        {
            var selected = q.TermsOf(parameter);
            var options = outcome.Taxonomy[vocabularyName].Terms
                .Select(t => new FilterOption(t.Id, t.Label, t.Description, CountOf(parameter, t.Id), selected.Contains(t.Id)))
                .ToList();
            var (legend, help) = GroupText[parameter];
            groups.Add(new FilterGroup(parameter, legend, help, options, options.Count > 8 ? 6 : options.Count));
        }
        groups.Add(Fixed(SearchParameters.Time, SearchParameters.Times, ["Morning (starts before noon)", "Afternoon (noon–5 pm)", "Evening (5 pm or later)"], q.Times, CountOf));
        groups.Add(Fixed(SearchParameters.Day, SearchParameters.Days, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], q.Days, CountOf));
        return groups;
    }

    private static FilterGroup Fixed(string parameter, IReadOnlyList<string> values, string[] labels, IReadOnlyList<string> selected, Func<string, string, int> countOf)
    {
        var options = values.Select((v, i) => new FilterOption(v, labels[i], null, countOf(parameter, v), selected.Contains(v))).ToList();
        var (legend, help) = GroupText[parameter];
        return new FilterGroup(parameter, legend, help, options, options.Count);
    }

    private List<FilterChip> BuildChips(SearchOutcome outcome, SearchQuery q)
    {
        var chips = new List<FilterChip>();
        if (q.Text.Length > 0) chips.Add(new FilterChip($"“{q.Text}”", Links.Without(SearchParameters.Text)));
        if (q.Near.Length > 0) chips.Add(new FilterChip($"Within {Radius} mi of {outcome.Results.Origin?.Label ?? q.Near}", Links.Without(SearchParameters.Near)));
        foreach (var group in Groups)
        {
            foreach (var option in group.Options.Where(o => o.Checked))
            {
                chips.Add(new FilterChip(option.Label, Links.Without(group.Parameter, option.Value)));
            }
        }
        if (q.MaxHours is { } max) chips.Add(new FilterChip($"At most {ScheduleText.Hours(max)} h/week", Links.Without(SearchParameters.MaxHours)));
        if (q.AcceptingOnly) chips.Add(new FilterChip("Accepting new patients", Links.Without(SearchParameters.Accepting)));
        return chips;
    }
}
