using IopFinder.Core.Checklist;
using IopFinder.Core.Filtering;
using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Compare;

/// <summary>Everything the compare page shows: programs best first, need rows, words for each cell, the weights form.</summary>
public sealed class CompareView
{
    private IReadOnlyList<FactRow>? facts;

    /// <summary>Importances, most important first.</summary>
    public static readonly IReadOnlyList<int> Importances = [3, 2, 1, 0];

    public CompareView(CompareOutcome outcome, IQueryCollection query, Words words)
    {
        Outcome = outcome;
        Words = words;
        Links = new CompareLinks(query);
        OnlyDifferences = query["diff"] == "1";
        // A need the scorer left out (a place it cannot measure from) has no cells: its warning says why.
        var scored = outcome.Result.Programs.FirstOrDefault()?.Criteria.Select(c => c.Need).ToHashSet(StringComparer.Ordinal) ?? [];
        // Needs all weighed "doesn't matter" score nothing: no ✓ or ✗ either, the facts rows stand instead.
        Rows = !Scored ? [] : [.. outcome.Parsed.Request.Needs.Where(n => scored.Contains(n.Name) && (!OnlyDifferences || Differs(n.Name)))];
        HiddenFields = [.. query.ToPairs()
            .Where(p => !p.Key.StartsWith(NeedNames.WeightPrefix, StringComparison.Ordinal) && p.Key is not ("diff" or "page" or "size" or "sort"))
            .Select(p => (p.Key, p.Value!))];
    }

    /// <summary>
    /// "Your search words “PTSD” are not scored here: add PTSD and trauma to your needs", with the link
    /// that adds it; null when the words name no need.
    /// </summary>
    public (string Text, string Url)? WordsNotScored => Outcome.Parsed.Mention is { } m && Outcome.Registry.Find(m.Parameter) is { } filter
        ? (Words["Compare.WordsNotScored", Outcome.Parsed.Request.Values.Text, Words.Terms.InSentence(filter, m.TermId)], Links.CompareWith(m.Parameter, m.TermId))
        : null;

    public CompareOutcome Outcome { get; }
    public Words Words { get; }
    public CompareLinks Links { get; }
    public bool OnlyDifferences { get; }
    public IReadOnlyList<ProgramScore> Programs => Outcome.Result.Programs;

    /// <summary>False when no need is weighed: the programs stand side by side and the page asks what matters.</summary>
    public bool Scored => Programs.Any(p => p.Scored);
    public IReadOnlyList<Need> Rows { get; }

    /// <summary>The programs' facts side by side; empty when needs are scored, whose rows say the rest.</summary>
    public IReadOnlyList<FactRow> Facts => Scored ? [] : facts ??= CompareFacts.Rows([.. Programs.Select(p => p.Listing)], Outcome.Result.Origin, Programs.FirstOrDefault()?.Today ?? default, Words, Outcome.Registry);
    public IReadOnlyList<(string Key, string Value)> HiddenFields { get; }

    public IEnumerable<string> Messages => Words.Notices.Say(Outcome.Notices);

    /// <summary>Search needs of this comparison, then every quality criterion, each with its current importance.</summary>
    public IEnumerable<(string Need, string Label, string? Why, int Weight)> WeightChoices()
    {
        var request = Outcome.Parsed.Request;
        var values = request.Values;
        var searchNeeds = NeedNames.SearchNeedsOf(Outcome.Registry);
        foreach (var need in request.Needs.Where(n => Outcome.Registry.Find(n.Name) is { } f && searchNeeds.Contains(f) && !(n.Name == NeedNames.Accreditation && values.TermsOf(n.Name).Count == 0)))
        {
            yield return (need.Name, RowLabel(need.Name), null, need.Weight);
        }
        foreach (var name in NeedNames.QualityCriteria)
        {
            // A quality criterion already asked as a search filter keeps its row above.
            if (request.Needs.Any(n => n.Name == name) && name is NeedNames.Accreditation && values.TermsOf(name).Count > 0) continue;
            if (values.Flags.Contains(name)) continue;
            yield return (name, RowLabel(name), Words.Criteria.WhyItMatters(name), request.WeightOf(name) ?? 0);
        }
    }

    public CriterionResult Cell(ProgramScore program, Need need) => program.Criteria.First(c => c.Need == need.Name);

    public string RowLabel(string need) => Words.Criteria.Label(need, Outcome.Parsed.Request.Values, Outcome.Result.Origin);

    public string Importance(int weight) => Words.Criteria.Importance(weight);

    public string Word(CriterionResult result) => Words.Criteria.Outcome(result.Result);

    public string Why(ProgramScore program, CriterionResult result) => Words.Criteria.Why(result, program.Listing, Outcome.Parsed.Request.Values);

    public IReadOnlyList<string> Questions(ProgramScore program) => Words.Questions.Say(program.Questions);

    public static string Icon(CriterionResult result) => result.Result switch
    {
        CriterionOutcome.Met => "✓",
        CriterionOutcome.Partial => "◐",
        CriterionOutcome.Unmet => "✗",
        _ => "?",
    };

    public static string CssClass(CriterionResult result) => $"result-{result.Result.ToString().ToLowerInvariant()}";

    private bool Differs(string need) =>
        Programs.Select(p => p.Criteria.First(c => c.Need == need)).Select(c => (c.Result, c.Credit)).Distinct().Count() > 1;
}
