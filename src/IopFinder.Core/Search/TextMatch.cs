namespace IopFinder.Core.Search;

/// <summary>
/// The listings some words match, and how to score them: for each word, the (field, term) postings
/// that found it with their weights. A word no listing has was corrected or completed, at a lower weight.
/// </summary>
internal sealed class TextMatch(ulong[] matched, bool everyWord, IReadOnlyList<IReadOnlyList<WordHit>> words)
{
    // Arrays, walked with for loops: scoring runs once per result, and interface enumerators would allocate each time.
    private readonly WordHit[][] _words = [.. words.Select(w => w.ToArray())];

    /// <summary>The listings matching every word (or, when none does, any word).</summary>
    public ulong[] Matched { get; } = matched;

    /// <summary>False when no listing had every word, so listings with some words are shown.</summary>
    public bool EveryWord { get; } = everyWord;

    public bool Has(int doc) => Bits.Get(Matched, doc);

    /// <summary>
    /// A listing's relevance: per field, the weights of the words found there, scaled by the square of
    /// the share of the words found there, so a field holding all the words ("Eating disorders") beats
    /// a stronger field holding one of them (a name with "Eat" in it).
    /// </summary>
    public float Score(int doc)
    {
        Span<float> sums = stackalloc float[WordHit.Fields];
        Span<int> counts = stackalloc int[WordHit.Fields];
        Span<bool> seen = stackalloc bool[WordHit.Fields];
        foreach (var word in _words)
        {
            seen.Clear();
            foreach (var hit in word)
            {
                if (!Bits.Get(hit.Docs, doc)) continue;
                sums[hit.Field] += hit.Weight;
                if (!seen[hit.Field]) (seen[hit.Field], counts[hit.Field]) = (true, counts[hit.Field] + 1);
            }
        }
        var score = 0f;
        for (var f = 0; f < WordHit.Fields; f++)
        {
            var share = (float)counts[f] / _words.Length;
            score += sums[f] * share * share;
        }
        return score;
    }
}
