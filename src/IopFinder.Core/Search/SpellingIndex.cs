using Lucene.Net.Index;
using Lucene.Net.Util;

namespace IopFinder.Core.Search;

/// <summary>
/// The index's own vocabulary, built once per index: a word no listing has is corrected to the
/// closest word listings do have (within one edit, two for long words; the most common wins), or
/// completed when it is the start of one. A symmetric-delete table finds the candidates without a
/// pass over the vocabulary, so a typo costs a few lookups instead of a fuzzy automaton per search.
/// </summary>
internal sealed class SpellingIndex
{
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _deletes = new(StringComparer.Ordinal);
    private readonly string[] _sorted;
    private const int LongWord = 10;

    public SpellingIndex(IndexReader? reader, string field)
    {
        // An empty catalog has no segment and so no words.
        var terms = reader is null ? null : MultiFields.GetTerms(reader, field);
        if (terms is not null)
        {
            var te = terms.GetEnumerator();
            while (te.MoveNext())
            {
                var word = te.Term.Utf8ToString();
                // Numbers and one-letter tokens are no words to correct towards.
                if (word.Length < 3 || word.Any(char.IsDigit)) continue;
                _frequency[word] = te.DocFreq;
                // Long words get two deletions, so a long typo missing two letters ("adolesents") still finds them.
                foreach (var deleted in Deletes(word, depth: word.Length >= LongWord ? 2 : 1)) Add(deleted, word);
                Add(word, word);
            }
        }
        _sorted = [.. _frequency.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The best known word for an unknown one, or null.</summary>
    public string? Correct(string word) => Closest(word, minimumFrequency: 1);

    /// <summary>
    /// For a word only a listing or two have (often a typo in the data itself), a near word far more
    /// listings have, or null: "adolesent" is in one program's name, "adolescent" in hundreds.
    /// </summary>
    public string? CommonerSpelling(string word) =>
        _frequency.TryGetValue(word, out var frequency) ? Closest(word, frequency * Commoner) : null;

    private const int Commoner = 20;

    private string? Closest(string word, int minimumFrequency)
    {
        if (word.Length < 4 || word.Length > 30) return null;
        var allowed = word.Length >= LongWord - 2 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        foreach (var key in Deletes(word, depth: allowed).Append(word).Distinct())
        {
            if (!_deletes.TryGetValue(key, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (Math.Abs(candidate.Length - word.Length) > allowed) continue;
                var frequency = _frequency[candidate];
                if (frequency < minimumFrequency) continue;
                var distance = Common.Suggestions.Distance(word, candidate);
                if (distance > allowed || distance > bestDistance || (distance == bestDistance && frequency <= bestFrequency)) continue;
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }
        return best;
    }

    /// <summary>Known words that start with the text, most common first.</summary>
    public IReadOnlyList<string> Complete(string prefix, int limit = 5)
    {
        if (prefix.Length < 3) return [];
        var start = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        if (start < 0) start = ~start;
        var found = new List<string>();
        for (var i = start; i < _sorted.Length && _sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++) found.Add(_sorted[i]);
        return [.. found.OrderByDescending(w => _frequency[w]).Take(limit)];
    }

    private void Add(string key, string word)
    {
        if (!_deletes.TryGetValue(key, out var words)) _deletes[key] = words = [];
        if (!words.Contains(word)) words.Add(word);
    }

    /// <summary>The word with one character deleted, every way (and, at depth 2, two).</summary>
    private static IEnumerable<string> Deletes(string word, int depth = 1)
    {
        var level = new HashSet<string>(StringComparer.Ordinal) { word };
        for (var d = 0; d < depth; d++)
        {
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var w in level)
            {
                for (var i = 0; i < w.Length; i++) next.Add(w.Remove(i, 1));
            }
            foreach (var w in next) yield return w;
            level = next;
        }
    }
}
