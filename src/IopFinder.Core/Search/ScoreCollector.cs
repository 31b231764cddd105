using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IopFinder.Core.Search;

/// <summary>Collects every matching listing with its score into arrays indexed by catalog position.</summary>
internal sealed class ScoreCollector(int[] ordinalOfDoc, bool[] matched, float[] scores) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public int Hits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        var ordinal = ordinalOfDoc[_docBase + doc];
        matched[ordinal] = true;
        scores[ordinal] = _scorer!.GetScore();
        Hits++;
    }
}
