using System.Numerics;

namespace IopFinder.Core.Search;

/// <summary>For one vocabulary, a bit per term per listing, so "has any of these terms" is a few AND operations.</summary>
internal sealed class TermMatrix
{
    private readonly ulong[] _bits;

    public TermMatrix(int listings, int terms)
    {
        TermCount = terms;
        Words = Math.Max(1, (terms + 63) / 64);
        _bits = new ulong[listings * Words];
    }

    public int TermCount { get; }

    public int Words { get; }

    public void Set(int doc, int ordinal) => _bits[doc * Words + ordinal / 64] |= 1UL << (ordinal % 64);

    public bool Has(int doc, int ordinal) => (_bits[doc * Words + ordinal / 64] & (1UL << (ordinal % 64))) != 0;

    public bool HasAny(int doc, ulong[] wanted)
    {
        var offset = doc * Words;
        for (var w = 0; w < Words; w++)
        {
            if ((_bits[offset + w] & wanted[w]) != 0) return true;
        }
        return false;
    }

    /// <summary>Adds one to <paramref name="counts"/> at every term the listing has.</summary>
    public void CountInto(int doc, int[] counts)
    {
        var offset = doc * Words;
        for (var w = 0; w < Words; w++)
        {
            var word = _bits[offset + w];
            while (word != 0)
            {
                counts[w * 64 + BitOperations.TrailingZeroCount(word)]++;
                word &= word - 1;
            }
        }
    }

    /// <summary>A mask of the given ordinals, in this matrix's word layout.</summary>
    public ulong[] MaskOf(IEnumerable<int> ordinals)
    {
        var mask = new ulong[Words];
        foreach (var ordinal in ordinals) mask[ordinal / 64] |= 1UL << (ordinal % 64);
        return mask;
    }
}
