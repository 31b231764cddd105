using System.Collections;

namespace IopFinder.Core.Listings;

/// <summary>
/// Every term list of a listing, keyed by vocabulary: the one place a listing keeps its terms. A vocabulary
/// the listing does not name reads as an empty list. Two collections with the same ids are equal, whatever
/// order they were built in, so a listing read back from a snapshot or a rewrite equals the original.
/// </summary>
public sealed class ListingTerms : IEnumerable<TermList>, IEquatable<ListingTerms>
{
    // Non-empty lists only, ordered by vocabulary name so equal collections enumerate alike.
    private readonly TermList[] _lists;

    private ListingTerms(TermList[] lists) => _lists = lists;

    /// <summary>No terms at all.</summary>
    public static ListingTerms Empty { get; } = new([]);

    /// <summary>The collection of these lists; empty lists are dropped and a repeated vocabulary keeps its last list.</summary>
    public static ListingTerms Of(IEnumerable<TermList> lists)
    {
        var byName = new Dictionary<string, TermList>(StringComparer.Ordinal);
        foreach (var list in lists) byName[list.Vocabulary] = list;
        return new([.. byName.Values.Where(l => l.Ids.Count > 0).OrderBy(l => l.Vocabulary, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Lists as a snapshot stores them, already in the collection's order: taken as they are, without the
    /// dictionary and sort of <see cref="Of(IEnumerable{TermList})"/> (once per listing at every start).
    /// Anything out of order or empty goes through <see cref="Of(IEnumerable{TermList})"/> after all.
    /// </summary>
    internal static ListingTerms OfOrdered(TermList[] lists)
    {
        if (lists.Length == 0) return Empty;
        for (var i = 0; i < lists.Length; i++)
        {
            if (lists[i].Ids.Count == 0 || (i > 0 && string.CompareOrdinal(lists[i - 1].Vocabulary, lists[i].Vocabulary) >= 0)) return Of(lists);
        }
        return new(lists);
    }

    /// <summary>The collection of (vocabulary, ids) pairs.</summary>
    public static ListingTerms Of(params (string Vocabulary, IReadOnlyList<string> Ids)[] lists) =>
        Of(lists.Select(l => new TermList(l.Vocabulary, l.Ids)));

    /// <summary>The ids named from <paramref name="vocabulary"/>, in the listing's order; empty when it names none.</summary>
    public IReadOnlyList<string> this[string vocabulary]
    {
        get
        {
            foreach (var list in _lists)
            {
                if (string.Equals(list.Vocabulary, vocabulary, StringComparison.Ordinal)) return list.Ids;
            }
            return [];
        }
    }

    /// <summary>A copy with <paramref name="vocabulary"/>'s ids replaced (removed when <paramref name="ids"/> is empty).</summary>
    public ListingTerms With(string vocabulary, IReadOnlyList<string> ids)
    {
        // A sorted insert, not Of: the validator calls this once per term field of every listing.
        var lists = new List<TermList>(_lists.Length + 1);
        var placed = ids.Count == 0;
        foreach (var list in _lists)
        {
            var order = string.CompareOrdinal(list.Vocabulary, vocabulary);
            if (order == 0) continue;
            if (order > 0 && !placed)
            {
                lists.Add(new TermList(vocabulary, ids));
                placed = true;
            }
            lists.Add(list);
        }
        if (!placed) lists.Add(new TermList(vocabulary, ids));
        return new([.. lists]);
    }

    /// <inheritdoc />
    public IEnumerator<TermList> GetEnumerator() => ((IEnumerable<TermList>)_lists).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ListingTerms? other) =>
        other is not null && _lists.Length == other._lists.Length &&
        _lists.Zip(other._lists).All(p => p.First.Vocabulary == p.Second.Vocabulary && p.First.Ids.SequenceEqual(p.Second.Ids, StringComparer.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ListingTerms);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var list in _lists)
        {
            hash.Add(list.Vocabulary);
            foreach (var id in list.Ids) hash.Add(id);
        }
        return hash.ToHashCode();
    }
}
