namespace IopFinder.Core.Import;

/// <summary>
/// What one facility's codes state, from one directory or merged from both: terms added, terms it says
/// it does not offer, general statements, other services, and the codes dropped. <see cref="Terms"/>
/// resolves them: negatives win, a general term stands only when no specific one does, and a field
/// whose terms contradict a program the facility runs says nothing.
/// </summary>
public sealed class FacilityFacts
{
    private readonly List<CodeRule> _rules = [];

    /// <summary>Codes found in no rule of the map.</summary>
    public List<string> Unmapped { get; } = [];

    /// <summary>Records a rule that applies.</summary>
    public void Add(CodeRule rule) => _rules.Add(rule);

    /// <summary>The facts of both, for a facility listed in both directories.</summary>
    public FacilityFacts Merge(FacilityFacts other)
    {
        var merged = new FacilityFacts();
        merged._rules.AddRange(_rules);
        merged._rules.AddRange(other._rules);
        merged.Unmapped.AddRange(Unmapped.Concat(other.Unmapped).Distinct());
        return merged;
    }

    /// <summary>The ids of a listing field, in the order their codes came; none when they contradict a program the facility runs.</summary>
    public List<string> Terms(string field) => Contradicting(field).Count > 0 ? [] : Stated(field);

    /// <summary>
    /// The programs the facility runs for people its own terms of the field leave out (codes only children
    /// and teens, yet a program for adult women): one of the two is wrong, and which one the source does not say.
    /// </summary>
    public List<CodeRule> Contradicting(string field)
    {
        var stated = Stated(field);
        return stated.Count == 0 ? [] :
            [.. _rules.Where(r => r.Action == CodeAction.Serves && r.Field == field && !r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(stated.Contains))];
    }

    private List<string> Stated(string field)
    {
        var removed = _rules.Where(r => r.Action == CodeAction.Not && r.Field == field).Select(r => r.Term).ToHashSet(StringComparer.Ordinal);
        var terms = _rules.Where(r => r.Action == CodeAction.Term && r.Field == field && !removed.Contains(r.Term))
            .Select(r => r.Term).Distinct().ToList();
        foreach (var general in _rules.Where(r => r.Action == CodeAction.General && r.Field == field))
        {
            var specific = general.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!terms.Any(specific.Contains) && !terms.Contains(general.Term) && !removed.Contains(general.Term)) terms.Add(general.Term);
        }
        return terms;
    }

    /// <summary>The plain-language services to keep, without repeats.</summary>
    public List<string> OtherServices => [.. _rules.Where(r => r.Action == CodeAction.Other).Select(r => r.Text).Distinct()];

    /// <summary>The codes dropped, with why.</summary>
    public IEnumerable<CodeRule> Dropped => _rules.Where(r => r.Action == CodeAction.Drop);
}
