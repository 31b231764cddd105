using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace IopFinder.Core.Search;

/// <summary>
/// Builds a Lucene query from plain words. User text is only ever tokenized, never parsed as query
/// syntax. Each word must match (exact stem in a weighted field, else a typo or prefix of it).
/// </summary>
internal sealed class TextQueryBuilder(Analyzer analyzer, IndexReader reader)
{
    private static readonly (string Field, float Boost)[] StemFields =
    [
        (IndexFields.Name, 6f), (IndexFields.Terms, 3f), (IndexFields.All, 1f),
    ];

    /// <summary>The words of the text as the raw field indexes them (lowercased, stop words dropped).</summary>
    public IReadOnlyList<string> Words(string text) => Tokens(IndexFields.Raw, text).Take(12).ToList();

    /// <summary>A query where every word (all) or any word (not all) must match.</summary>
    public Query Build(IReadOnlyList<string> words, bool all)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(WordQuery(word), all ? Occur.MUST : Occur.SHOULD);
        }
        return query;
    }

    private Query WordQuery(string word)
    {
        var alternatives = new BooleanQuery();
        foreach (var stem in Tokens(IndexFields.Name, word).Distinct())
        {
            foreach (var (field, boost) in StemFields)
            {
                alternatives.Add(new TermQuery(new Term(field, stem)) { Boost = boost }, Occur.SHOULD);
            }
        }
        var exact = new Term(IndexFields.Raw, word);
        alternatives.Add(new TermQuery(exact) { Boost = 1f }, Occur.SHOULD);
        // A word the catalog knows needs no guessing; typo and prefix matching are for words it does not.
        if (reader.DocFreq(exact) > 0) return alternatives;
        // No real word is longer; typo automata for long strings are costly and match nothing useful.
        if (word.Length > 24) return alternatives;
        if (word.Length >= 4)
        {
            // A little fuzziness for typos ("depresion", "anxeity"), weighted well below an exact match.
            var edits = word.Length >= 10 ? 2 : 1;
            alternatives.Add(new FuzzyQuery(new Term(IndexFields.Raw, word), edits, prefixLength: 1) { Boost = 0.3f }, Occur.SHOULD);
        }
        if (word.Length >= 3)
        {
            alternatives.Add(new PrefixQuery(new Term(IndexFields.Raw, word)) { Boost = 0.3f }, Occur.SHOULD);
        }
        return alternatives;
    }

    private IEnumerable<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }
        stream.End();
        return tokens;
    }
}
