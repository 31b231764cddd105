using IopFinder.Web.Infrastructure;
using IopFinder.Core.Checklist;
using IopFinder.Web.Services;

namespace IopFinder.Web.Rendering;

/// <summary>Everything the compare page shows: programs best first, need rows, words for each cell, the weights form.</summary>
public sealed class CompareView
{
    public static readonly IReadOnlyList<(int Weight, string Label)> Importances =
        [(3, "Must have"), (2, "Important"), (1, "Nice to have"), (0, "Doesn't matter")];

    public CompareView(CompareOutcome outcome, IQueryCollection query)
    {
        Outcome = outcome;
        Links = new CompareLinks(query);
        OnlyDifferences = query["diff"] == "1";
        var needs = outcome.Parsed.Request.Needs;
        Rows = needs.Where(n => !OnlyDifferences || Differs(n.Name)).ToList();
        HiddenFields = query.ToPairs()
            .Where(p => !p.Key.StartsWith(NeedNames.WeightPrefix, StringComparison.Ordinal) && p.Key is not ("diff" or "page" or "size" or "sort"))
            .Select(p => (p.Key, p.Value!))
            .ToList();
    }

    public CompareOutcome Outcome { get; }
    public CompareLinks Links { get; }
    public bool OnlyDifferences { get; }
    public IReadOnlyList<ProgramScore> Programs => Outcome.Result.Programs;
    public IReadOnlyList<Need> Rows { get; }
    public IReadOnlyList<(string Key, string Value)> HiddenFields { get; }

    public IEnumerable<string> Messages =>
        Outcome.Parsed.Errors
            .Concat(Outcome.UnknownIds.Select(id => $"The program '{(id.Length > 60 ? id[..60] : id)}' is no longer listed."))
            .Concat(Outcome.Parsed.Warnings)
            .Concat(Outcome.Result.Warnings);

    /// <summary>Search needs of this comparison, then every quality criterion, each with its current importance.</summary>
    public IEnumerable<(string Need, string Label, string? Why, int Weight)> WeightChoices()
    {
        var request = Outcome.Parsed.Request;
        var first = Programs.FirstOrDefault();
        foreach (var need in request.Needs.Where(n => NeedNames.SearchNeeds.Contains(n.Name) && !(n.Name == "accreditation" && request.Values.TermsOf("accreditation").Count == 0)))
        {
            var label = first?.Criteria.First(c => c.Need == need.Name).Label ?? need.Name;
            yield return (need.Name, label, null, need.Weight);
        }
        foreach (var name in NeedNames.QualityCriteria)
        {
            if (request.Needs.Any(n => n.Name == name && NeedNames.SearchNeeds.Contains(name) && request.Values.TermsOf(name).Count > 0)) continue;
            var label = name switch
            {
                "accreditation" => "Accredited",
                "accepting" => "Accepting new patients",
                "fresh" => "Listing reviewed in the last year",
                _ => Outcome.Taxonomy["features"].Label(name),
            };
            yield return (name, label, NeedNames.Why[name], request.WeightOf(name) ?? 0);
        }
    }

    public CriterionResult Cell(ProgramScore program, Need need) => program.Criteria.First(c => c.Need == need.Name);

    public string RowLabel(Need need) => Programs.FirstOrDefault()?.Criteria.First(c => c.Need == need.Name).Label ?? need.Name;

    public static string ImportanceOf(int weight) => Importances.First(i => i.Weight == weight).Label;

    public static (string Icon, string Word) Words(CriterionResult result) => result.Result switch
    {
        CriterionOutcome.Met => ("✓", "Yes"),
        CriterionOutcome.Partial => ("◐", "Partly"),
        CriterionOutcome.Unmet => ("✗", "No"),
        _ => ("?", "Not listed — ask"),
    };

    public static string CssClass(CriterionResult result) => $"result-{result.Result.ToString().ToLowerInvariant()}";

    private bool Differs(string need) =>
        Programs.Select(p => p.Criteria.First(c => c.Need == need)).Select(c => (c.Result, c.Credit)).Distinct().Count() > 1;
}
