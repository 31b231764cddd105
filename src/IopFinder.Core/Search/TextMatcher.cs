using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace IopFinder.Core.Search;

/// <summary>
/// Plain words against the index: each word is analysed as the index was (stemmed for name, terms and
/// all text; unstemmed for the raw field; accents folded in both) and looked up in the postings;
/// every word must match (else any). A word no listing has is corrected against the index's own
/// vocabulary or completed, never expanded into a fuzzy query. User text is only ever tokenized,
/// never parsed as query syntax.
/// </summary>
internal sealed class TextMatcher(Analyzer analyzer, Postings postings, SpellingIndex spelling)
{
    /// <summary>
    /// Field weights: a word in the name counts most, in the label of a listed term next, then among
    /// the terms' synonyms, anywhere least.
    /// </summary>
    private static readonly (string Field, float Boost)[] StemFields =
    [
        (IndexFields.Name, 6f), (IndexFields.Labels, 3f), (IndexFields.Terms, 2f), (IndexFields.All, 1f),
    ];

    /// <summary>The unstemmed field comes after the stemmed ones.</summary>
    private const int RawField = 4;

    private const float GuessWeight = 0.3f;
    private const int MaxWords = 12;

    /// <summary>The words of the text as the raw field indexes them (lowercased, accents folded, stop words dropped).</summary>
    public IReadOnlyList<string> Words(string text) => Tokens(IndexFields.Raw, Plain(text)).Take(MaxWords).ToList();

    /// <summary>
    /// Punctuation as spaces (apostrophes and hyphens kept): the tokenizer would otherwise keep
    /// "name:harbor" or "cbt.dbt" as one word no listing has.
    /// </summary>
    private static string Plain(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '\'' or '’' or '-' || char.IsSurrogate(c) ? c : ' ';
            }
        });

    /// <summary>The listings the words match; null when there are no words.</summary>
    public TextMatch? Match(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return null;
        var perWord = words.Select(Alternatives).ToList();
        var all = Bits.Create(postings.Count);
        Array.Fill(all, ulong.MaxValue);
        foreach (var word in perWord) Bits.AndInto(all, Union(word));
        if (Bits.Count(all) > 0 || words.Count == 1) return new TextMatch(all, true, perWord);
        var any = Bits.Create(postings.Count);
        foreach (var word in perWord) Bits.OrInto(any, Union(word));
        return new TextMatch(any, false, perWord);
    }

    /// <summary>Where one word occurs, weighted by field and by how rare the term is.</summary>
    private IReadOnlyList<WordHit> Alternatives(string word)
    {
        var found = Exact(word, 1f);
        if (found.Count > 0)
        {
            // A word only a listing or two have may be their typo; the usual spelling is meant too.
            if (spelling.CommonerSpelling(word) is { } usual) found.AddRange(Exact(usual, GuessWeight));
            return found;
        }
        // A word the catalog does not know: its closest known word, else the words it begins.
        var guesses = spelling.Correct(word) is { } corrected ? [corrected] : spelling.Complete(word);
        return [.. guesses.SelectMany(guess => Exact(guess, GuessWeight))];
    }

    private List<WordHit> Exact(string word, float weight)
    {
        var found = new List<WordHit>();
        foreach (var stem in Tokens(IndexFields.Name, word).Distinct())
        {
            for (var f = 0; f < StemFields.Length; f++) Add(found, f, StemFields[f].Field, stem, StemFields[f].Boost * weight);
        }
        Add(found, RawField, IndexFields.Raw, word, weight);
        return found;
    }

    private void Add(List<WordHit> found, int fieldIndex, string field, string term, float weight)
    {
        if (postings.Of(field, term) is not { } docs) return;
        // Rarer terms say more about a listing (inverse document frequency).
        var idf = 1f + MathF.Log(1f + postings.Count / (1f + Bits.Count(docs)));
        found.Add(new WordHit(fieldIndex, docs, weight * idf));
    }

    private ulong[] Union(IReadOnlyList<WordHit> alternatives)
    {
        var union = Bits.Create(postings.Count);
        foreach (var hit in alternatives) Bits.OrInto(union, hit.Docs);
        return union;
    }

    private IEnumerable<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
