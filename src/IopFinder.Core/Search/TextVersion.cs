namespace IopFinder.Core.Search;

/// <summary>
/// One catalog version's words and the Lucene reader they read from (its postings are read lazily, so
/// the reader stays open while the version can be searched). Disposing gives the reader back to the
/// text index, which closes it when no newer version shares it.
/// </summary>
internal sealed class TextVersion(TextMatcher matcher, Action release) : IDisposable
{
    private int _released;

    public TextMatcher Matcher => matcher;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) release();
    }
}
