using System.Text;
using IopFinder.Core.Filtering;

namespace IopFinder.Core.Search;

/// <summary>
/// Search words that name a filter's term ("depression", "medicaid", "dbt", in English or Spanish):
/// listings rarely write what the directory records as a term, so the same need is better asked
/// through the filter, which also shows the programs that don't say.
/// </summary>
internal sealed class TermMentions
{
    private const int LongestPhrase = 5;
    private readonly Dictionary<string, (FilterDefinition Filter, string Id)> _byPhrase = new(StringComparer.Ordinal);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Taxonomy.Taxonomy, TermMentions> ByTaxonomy = new();

    /// <summary>The phrases of a taxonomy, built once per taxonomy (each catalog version has its own).</summary>
    public static TermMentions For(Taxonomy.Taxonomy taxonomy) => ByTaxonomy.GetValue(taxonomy, t => new TermMentions(t));

    public TermMentions(Taxonomy.Taxonomy taxonomy)
    {
        // File order and filter order decide a phrase two terms share: the first keeps it.
        foreach (var filter in Filters.TermFilters.Where(f => f.Vocabulary is not null))
        {
            foreach (var term in taxonomy[filter.Vocabulary!].Terms)
            {
                string[] names = [term.Id.Replace('-', ' '), term.Label, .. term.Synonyms, .. (term.LabelEs is { } es ? [es] : Array.Empty<string>()), .. term.SynonymsEs];
                // A word search ignores never names a term alone: "en", "de" and "el" are Spanish words
                // before they are the ids of English, German and Greek.
                foreach (var name in names.Select(Normalize).Where(n => !FoldingAnalyzer.IsStopWord(n))) _byPhrase.TryAdd(name, (filter, term.Id));
            }
        }
    }

    /// <summary>The longest phrase of the text that names a term the query does not already ask for, or null.</summary>
    public TermMention? Find(SearchQuery query)
    {
        var words = Normalize(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = Math.Min(LongestPhrase, words.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                var phrase = string.Join(' ', words, start, length);
                if (!_byPhrase.TryGetValue(phrase, out var found) || query.TermsOf(found.Filter.Parameter).Contains(found.Id)) continue;
                var rest = string.Join(' ', words.Take(start).Concat(words.Skip(start + length)));
                return new TermMention(found.Filter.Parameter, found.Id, rest);
            }
        }
        return Misspelled(query, words);
    }

    /// <summary>A single word a letter or two away from a one-word name ("depresion").</summary>
    private TermMention? Misspelled(SearchQuery query, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length < 5) continue;
            var allowed = words[i].Length >= 8 ? 2 : 1;
            var match = _byPhrase
                .Where(p => !p.Key.Contains(' ') && Math.Abs(p.Key.Length - words[i].Length) <= allowed)
                .Select(p => (p.Value, Distance: Common.Suggestions.Distance(words[i], p.Key)))
                .Where(p => p.Distance <= allowed && !query.TermsOf(p.Value.Filter.Parameter).Contains(p.Value.Id))
                .OrderBy(p => p.Distance)
                .FirstOrDefault();
            if (match.Value.Filter is null) continue;
            return new TermMention(match.Value.Filter.Parameter, match.Value.Id, string.Join(' ', words.Where((_, j) => j != i)));
        }
        return null;
    }

    /// <summary>Lowercase letters and digits, accents removed, one space between words.</summary>
    private static string Normalize(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in Accents.Fold(text))
        {
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
