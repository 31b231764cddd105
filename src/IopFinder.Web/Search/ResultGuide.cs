using System.Globalization;
using IopFinder.Core.Checklist;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Search;

/// <summary>
/// Where a search leads when it finds few or no programs, and what to ask the programs that don't say:
/// the filter whose removal brings most back, the programs that don't say (one link away), day
/// programs when they match and intensive outpatient programs don't, and a wider radius.
/// </summary>
public sealed class ResultGuide(SearchPageView view)
{
    private SearchResults Results => view.Results;

    /// <summary>True when the page should offer ways out.</summary>
    public bool FewResults => Results.Total < SearchResults.FewResults;

    /// <summary>The link to the same search with the programs that don't say listed after the matches.</summary>
    public string UnknownUrl => view.Links.WithOnly(SearchParameters.IncludeUnknown, "true") + "#unknown-heading";

    /// <summary>"75 more programs don't list their schedule — see them and call to ask", or null when none.</summary>
    public string? UnknownLead
    {
        get
        {
            if (Results.UnknownTotal == 0) return null;
            var count = Results.UnknownTotal.ToString("N0", CultureInfo.CurrentCulture);
            var filters = Results.UnknownByFilter.Keys.Select(p => view.Outcome.Index.Registry.Find(p)!).ToList();
            var one = Results.UnknownTotal == 1 ? ".One" : "";
            if (filters.All(f => f.IsSchedule)) return view.Words[$"Unknown.Lead.schedule{one}", count];
            if (filters.Count == 1) return view.Words[$"Unknown.Lead{one}", count, Does(filters[0])];
            var nouns = string.Join(", ", filters.Where(f => !f.IsSchedule).Select(f => view.Words.Filters.Noun(f).ToLower(CultureInfo.CurrentCulture))
                .Concat(filters.Any(f => f.IsSchedule) ? [view.Words["Unknown.Schedule"]] : []));
            return view.Words[$"Unknown.Lead.Several{one}", count, nouns];
        }
    }

    /// <summary>The questions to ask a program that doesn't say about some filters of this search.</summary>
    public IReadOnlyList<string> QuestionsFor(SearchHit hit)
    {
        var query = view.Query;
        var questions = hit.Unknown.Select(parameter => view.Outcome.Index.Registry.Find(parameter)!).Select(filter => filter switch
        {
            { IsSchedule: true } => new Question(NeedNames.Schedule, []),
            _ => new Question(filter.Parameter, filter.IsTerms ? query.TermsOf(filter.Parameter) : []),
        });
        return view.Words.Questions.Say(questions);
    }

    /// <summary>What the program leaves out, as nouns: "schedule, insurance".</summary>
    public string UnknownNouns(SearchHit hit) =>
        string.Join(", ", hit.Unknown.Select(p => view.Outcome.Index.Registry.Find(p)!).Select(f => f.IsSchedule ? view.Words["Unknown.Schedule"] : view.Words.Filters.Noun(f).ToLower(CultureInfo.CurrentCulture)).Distinct());

    /// <summary>For a mental-health condition no listing here names: the programs that treat mental health, said once; else null.</summary>
    public MentalHealthWays? MentalHealth => Results.MentalHealth is { } route ? new MentalHealthWays(view, route) : null;

    /// <summary>The sentence above the ways out.</summary>
    public string Lead => MentalHealth is { } mentalHealth && Results.Total == 0 ? mentalHealth.Lead
        : view.Words[Results.Total == 0 ? "WaysOut.None" : "WaysOut.Few"];

    /// <summary>Ways out of few or no results, best first.</summary>
    public IReadOnlyList<ResultLink> WaysOut()
    {
        var links = new List<ResultLink>();
        // The programs that treat mental health answer first; they stand for the broader term, and the
        // filter way no longer says "none" again for the same condition.
        var mentalHealth = MentalHealth;
        if (mentalHealth is not null) links.AddRange(mentalHealth.Links());
        if (Results.Mention is { } mention)
        {
            if (mentalHealth is null && Broader(mention) is { } broader) links.Add(broader);
            links.Add(Instead(mention, noneSaid: mentalHealth is not null));
        }
        // Near a place, a wider radius comes before searching the whole country, one step at a time.
        links.AddRange(Results.Wider.Select(Wider));
        if (VirtualInState() is { } inState) links.Add(inState);
        if (Results.Suggestion is { } suggestion)
        {
            links.Add(new ResultLink(view.Words[suggestion.Total == 1 ? "WayOut.Remove.One" : "WayOut.Remove", What(suggestion.Parameter), suggestion.Total.ToString("N0", CultureInfo.CurrentCulture)],
                view.Links.Without(suggestion.Parameter)));
        }
        // Programs that don't say only about the condition are the ones the mental-health ways already offer.
        var unknownSaid = mentalHealth is not null && Results.UnknownByFilter.Keys.All(p => p == Filters.Condition.Parameter);
        if (UnknownLead is { } lead && !view.Query.IncludeUnknown && !unknownSaid) links.Add(new ResultLink(lead, UnknownUrl));
        if (Results.DayProgramTotal > 0 && mentalHealth is null)
        {
            var count = Results.DayProgramTotal.ToString("N0", CultureInfo.CurrentCulture);
            links.Add(new ResultLink(view.Words[Results.DayProgramTotal == 1 ? "WayOut.DayPrograms.One" : "WayOut.DayPrograms", count],
                view.Links.WithOnly(Filters.Level.Parameter, "php")));
        }
        return links;
    }

    /// <summary>"Search within 250 miles instead to see 14 programs" (Core offers a step only when it finds more).</summary>
    private ResultLink Wider(RadiusStep step) =>
        new(view.Words[step.Total == 1 ? "WayOut.Radius.One" : "WayOut.Radius", step.Radius.ToString("0", CultureInfo.CurrentCulture), step.Total.ToString("N0", CultureInfo.CurrentCulture)],
            view.Links.WithOnly(SearchParameters.Radius, step.Radius.ToString("0", CultureInfo.InvariantCulture)));

    /// <summary>"10 programs in Montana offer telehealth — see them and ask whether it covers where you live".</summary>
    private ResultLink? VirtualInState()
    {
        if (Results.VirtualInState is not { } inState) return null;
        var state = view.Words.Terms.InSentence(Filters.State, inState.State);
        return new ResultLink(view.Words[inState.Total == 1 ? "WayOut.VirtualInState.One" : "WayOut.VirtualInState", inState.Total.ToString("N0", CultureInfo.CurrentCulture), state],
            view.Links.Replacing([Filters.Near.Parameter, SearchParameters.Radius, Filters.State.Parameter], (Filters.State.Parameter, inState.State)));
    }

    /// <summary>
    /// Near a place, "none within 25 miles" when the term is listed elsewhere in the catalog: "no program lists
    /// it yet" would be true only nearby. The key's ".Near" form carries the radius as {3}.
    /// </summary>
    private string NoneKey(string key, string parameter, string termId) =>
        Results.Origin is not null && view.Outcome.Index.CatalogCounts.GetValueOrDefault(parameter)?.GetValueOrDefault(termId) > 0 ? key + ".Near" : key;

    /// <summary>"No program lists depression yet: 289 programs list mental health, which includes it — see them".</summary>
    private ResultLink? Broader(TermMention mention)
    {
        if (mention.BroaderId is not { } broader) return null;
        var filter = view.Outcome.Index.Registry.Find(mention.Parameter)!;
        List<(string, string)> add = [(filter.Parameter, broader)];
        if (mention.RestOfText.Length > 0) add.Add((SearchParameters.Text, mention.RestOfText));
        var key = NoneKey("WayOut.Broader", filter.Parameter, mention.TermId) + (mention.BroaderTotal == 1 ? ".One" : "");
        return new ResultLink(
            view.Words[key, view.Words.Terms.InSentence(filter, mention.TermId), view.Words.Terms.InSentence(filter, broader), mention.BroaderTotal.ToString("N0", CultureInfo.CurrentCulture), view.Radius],
            view.Links.Instead(SearchParameters.Text, [.. add]));
    }

    private ResultLink Instead(TermMention mention, bool noneSaid)
    {
        var filter = view.Outcome.Index.Registry.Find(mention.Parameter)!;
        var label = view.Words.Terms.InSentence(filter, mention.TermId);
        var legend = view.Words.Filters.Name(filter);
        List<(string, string)> add = [(filter.Parameter, mention.TermId)];
        if (mention.RestOfText.Length > 0) add.Add((SearchParameters.Text, mention.RestOfText));
        if (mention.Total > Results.Total)
        {
            var one = mention.Total == 1 ? ".One" : "";
            return new ResultLink(view.Words[$"WayOut.Mention{one}", label, legend, mention.Total.ToString("N0", CultureInfo.CurrentCulture)],
                view.Links.Instead(SearchParameters.Text, [.. add]));
        }
        // The filter finds no more than the words did: what it adds is the programs that don't say, listed first.
        add.Add((SearchParameters.IncludeUnknown, "true"));
        var unknownOne = mention.UnknownTotal == 1 ? ".One" : "";
        var key = mention.Total > 0 ? "WayOut.Mention.AlsoUnknown" : noneSaid ? "WayOut.Mention.Ask" : NoneKey("WayOut.Mention.Unknown", filter.Parameter, mention.TermId);
        return new ResultLink(view.Words[$"{key}{unknownOne}", label, legend, mention.UnknownTotal.ToString("N0", CultureInfo.CurrentCulture), view.Radius],
            view.Links.Instead(SearchParameters.Text, [.. add]) + "#unknown-heading");
    }

    private string Does(FilterDefinition filter)
    {
        var terms = view.Query.TermsOf(filter.Parameter);
        var labels = filter.IsTerms ? view.Words.Terms.OrInSentence(filter, terms) : "";
        return view.Words[$"Unknown.Does.{filter.Parameter}", labels];
    }

    // A parameter with words of its own ("the location limit") has them in the resources; any other is "the … filter".
    private string What(string parameter) => ResourceKeys.Contains($"WayOut.What.{parameter}")
        ? view.Words[$"WayOut.What.{parameter}"]
        : view.Words["WayOut.What.Filter", view.Words.Filters.Name(view.Outcome.Index.Registry.Find(parameter)!)];
}
