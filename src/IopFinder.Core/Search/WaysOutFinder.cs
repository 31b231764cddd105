using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;

namespace IopFinder.Core.Search;

/// <summary>
/// Counts the ways out of a search with few results that change where or what kind of care is looked
/// for: a radius widened step by step, virtual care anywhere in the searched state, and, for a
/// mental-health condition no listing nearby names, the programs that treat mental health. Each is
/// offered only when it finds more than the search did.
/// </summary>
/// <param name="taxonomy">The catalog's taxonomy.</param>
/// <param name="mentions">Words that name terms.</param>
/// <param name="count">How many programs a search finds (and how many don't say), from a place or none.</param>
internal sealed class WaysOutFinder(Taxonomy.Taxonomy taxonomy, TermMentions mentions, Func<SearchQuery, ResolvedPlace?, (int Total, int Unknown)> count)
{
    private const string IntensiveOutpatient = "iop";
    private const string DayProgram = "php";
    private const int MostWords = 5;

    /// <summary>The radii of <see cref="SearchResults.WiderRadii"/> beyond the one searched that each find more than the step before.</summary>
    public IReadOnlyList<RadiusStep> Wider(SearchQuery query, ResolvedPlace? origin, int total)
    {
        if (origin is null) return [];
        var steps = new List<RadiusStep>();
        foreach (var radius in SearchResults.WiderRadii.Where(r => r > query.Radius))
        {
            var found = count(query with { Radius = radius }, origin).Total;
            if (found <= (steps.Count == 0 ? total : steps[^1].Total)) continue;
            steps.Add(new RadiusStep(radius, found));
        }
        return steps;
    }

    /// <summary>With virtual care asked near a place: the programs in that place's state that offer it, at any distance.</summary>
    public StateTotal? VirtualInState(SearchQuery query, ResolvedPlace? origin, int total)
    {
        if (origin?.State is not { } state || !query.TermsOf(Filters.Format.Parameter).Contains(ReachRule.VirtualFormat)) return null;
        var terms = new Dictionary<string, IReadOnlyList<string>>(query.Terms, StringComparer.Ordinal) { [Filters.State.Parameter] = [state] };
        var found = count(query with { Near = "", Terms = terms }, null).Total;
        return found > total ? new StateTotal(state, found) : null;
    }

    /// <summary>For mental-health conditions asked as filters or words: the day programs and intensive outpatient programs treating mental health.</summary>
    public MentalHealthRoute? MentalHealth(SearchQuery query, ResolvedPlace? origin, int total)
    {
        var levels = query.TermsOf(Filters.Level.Parameter);
        if (!levels.Contains(IntensiveOutpatient)) return null;
        var (moved, fromWords) = WordsAsFilters(query);
        var conditions = moved.TermsOf(Filters.Condition.Parameter);
        if (conditions.Count == 0 || !conditions.All(IsMentalHealth)) return null;

        var route = new MentalHealthRoute(conditions, fromWords, moved.Text);
        var wider = new Dictionary<string, IReadOnlyList<string>>(moved.Terms, StringComparer.Ordinal)
        {
            [Filters.Condition.Parameter] = [.. conditions.Union(MentalHealthRoute.AddedConditions)],
        };
        SearchQuery At(string level) => moved with { Terms = new Dictionary<string, IReadOnlyList<string>>(wider, StringComparer.Ordinal) { [Filters.Level.Parameter] = [level] } };
        route = route with
        {
            DayPrograms = levels.Contains(DayProgram) ? 0 : count(At(DayProgram), origin).Total,
            IntensiveOutpatient = count(At(IntensiveOutpatient), origin).Total,
        };
        return route.DayPrograms + route.IntensiveOutpatient > total ? route : null;
    }

    /// <summary>The query with every search word that names a term asked through its filter instead.</summary>
    private (SearchQuery Query, List<(string Parameter, string TermId)> FromWords) WordsAsFilters(SearchQuery query)
    {
        var fromWords = new List<(string, string)>();
        for (var i = 0; i < MostWords && query.Text.Length > 0 && mentions.Find(query) is { } mention; i++)
        {
            var terms = new Dictionary<string, IReadOnlyList<string>>(query.Terms, StringComparer.Ordinal)
            {
                [mention.Parameter] = [.. query.TermsOf(mention.Parameter), mention.TermId],
            };
            query = query with { Text = mention.RestOfText, Terms = terms };
            fromWords.Add((mention.Parameter, mention.TermId));
        }
        return (query, fromWords);
    }

    /// <summary>Mental health itself, or a condition under it (depression) or implying it (co-occurring care).</summary>
    private bool IsMentalHealth(string condition)
    {
        var vocabulary = taxonomy[Filters.Condition.Vocabulary!];
        return condition == MentalHealthRoute.MentalHealth
            || vocabulary.Ancestors(condition).Contains(MentalHealthRoute.MentalHealth)
            || vocabulary.Find(condition)?.Implies.Contains(MentalHealthRoute.MentalHealth) == true;
    }
}
