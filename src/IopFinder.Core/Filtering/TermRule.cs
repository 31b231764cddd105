using IopFinder.Core.Listings;

namespace IopFinder.Core.Filtering;

/// <summary>
/// How one term filter reads listings under one taxonomy. A listing matches a wanted term when it names
/// it or a narrower one (its closure); it doesn't say when its list is empty, or when it names only
/// the wanted term's broader term (or a term implying it); otherwise it is a "no" — per the filter's
/// <see cref="AbsenceRule"/>. Search (as bit sets) and the checklist (per listing) both decide here.
/// </summary>
public sealed class TermRule
{
    private readonly Dictionary<string, int> _ordinal;
    private readonly int[][] _ancestors;
    private readonly int[][] _implies;

    /// <summary>Compiles the rule of a term filter for a taxonomy.</summary>
    public TermRule(FilterDefinition filter, Taxonomy.Taxonomy taxonomy)
    {
        if (!filter.IsTerms || filter.Read is null) throw new ArgumentException($"'{filter.Parameter}' is not a term filter.", nameof(filter));
        Filter = filter;
        Values = filter.Values(taxonomy);
        _ordinal = Values.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var vocabulary = filter.Vocabulary is null ? null : taxonomy[filter.Vocabulary];
        _ancestors = Values.Select(id => Ordinals(vocabulary?.Ancestors(id) ?? [])).ToArray();
        _implies = Values.Select(id => Ordinals(vocabulary?.Find(id)?.Implies ?? [])).ToArray();
        HasHierarchy = vocabulary?.HasHierarchy ?? false;
    }

    /// <summary>The filter.</summary>
    public FilterDefinition Filter { get; }

    /// <summary>Every id the filter accepts; an id's position is its ordinal.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>True when some term has a broader or implied term, so closure and statements differ from the list.</summary>
    public bool HasHierarchy { get; }

    /// <summary>The position of an id, or -1.</summary>
    public int OrdinalOf(string id) => _ordinal.GetValueOrDefault(id, -1);

    /// <summary>The listing's ids as the filter reads them.</summary>
    public IReadOnlyList<string> Listed(Listing listing) => Filter.Read!(listing);

    /// <summary>The ordinals of the broader terms above a term's ordinal.</summary>
    public IReadOnlyList<int> BroaderOf(int ordinal) => _ancestors[ordinal];

    /// <summary>The ordinals of the terms a term's ordinal implies.</summary>
    public IReadOnlyList<int> ImpliedBy(int ordinal) => _implies[ordinal];

    /// <summary>What a listing matches: each term it names and every broader term above it.</summary>
    public IEnumerable<int> Closure(IEnumerable<string> listed) =>
        Known(listed).SelectMany(o => _ancestors[o].Prepend(o)).Distinct();

    /// <summary>What a listing states, in general or in particular: each term it names and the terms those imply.</summary>
    public IEnumerable<int> Stated(IEnumerable<string> listed) =>
        Known(listed).SelectMany(o => _implies[o].Prepend(o)).Distinct();

    /// <summary>Terms whose mention means "doesn't say" about a wanted one: itself and its broader terms.</summary>
    public IEnumerable<int> AskAbout(IEnumerable<string> wanted) =>
        Known(wanted).SelectMany(o => _ancestors[o].Prepend(o)).Distinct();

    /// <summary>The verdict from three facts: a wanted term matched, the list is empty, it names only a broader term.</summary>
    public Verdict Decide(bool matched, bool empty, bool namesBroader) =>
        matched ? Verdict.Yes : Filter.Absence switch
        {
            AbsenceRule.NotNamed => Verdict.Unknown,
            AbsenceRule.EmptyField when empty || namesBroader => Verdict.Unknown,
            _ => Verdict.No,
        };

    /// <summary>How a listing answers one wanted id.</summary>
    public Verdict Answer(Listing listing, string wanted)
    {
        var listed = Listed(listing);
        var target = OrdinalOf(wanted);
        var matched = target >= 0 && Closure(listed).Contains(target);
        return Decide(matched, listed.Count == 0, !matched && Stated(listed).Intersect(AskAbout([wanted])).Any());
    }

    /// <summary>How a listing answers "any of these".</summary>
    public Verdict AnswerAny(Listing listing, IReadOnlyList<string> wanted)
    {
        var verdicts = wanted.Select(w => Answer(listing, w)).ToList();
        return verdicts.Contains(Verdict.Yes) ? Verdict.Yes : verdicts.Contains(Verdict.Unknown) || verdicts.Count == 0 ? Verdict.Unknown : Verdict.No;
    }

    private int[] Ordinals(IEnumerable<string> ids) => [.. ids.Select(OrdinalOf).Where(o => o >= 0)];

    private IEnumerable<int> Known(IEnumerable<string> ids) => ids.Select(OrdinalOf).Where(o => o >= 0);
}
