using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace IopFinder.Core.Search;

/// <summary>
/// The analysis of the index and of every query: Lucene's English chain (possessives, lowercase,
/// stop words, Porter stems) or the unstemmed chain of the raw field, both with accents folded
/// before stop words and stems, so that "depresión" and "depresion", "niños" and "ninos" are one
/// word. Spanish is typed with and without accents; folding both sides the same way keeps the
/// taxonomy's Spanish words written correctly, once.
/// </summary>
internal sealed class FoldingAnalyzer(LuceneVersion version, bool stem) : Analyzer
{
    /// <summary>
    /// Spanish articles, prepositions, conjunctions and possessives, folded: without them a Spanish
    /// query ("terapia para la depresión") would need every listing to contain "para" and "la".
    /// </summary>
    private static readonly string[] SpanishFunctionWords =
    [
        "a", "al", "con", "de", "del", "e", "el", "en", "es", "la", "las", "lo", "los", "mi", "mis",
        "muy", "o", "para", "por", "que", "se", "son", "su", "sus", "u", "un", "una", "unas", "unos", "y",
    ];

    private static readonly CharArraySet StopWords = CreateStopWords();

    /// <summary>True for a lowercase, folded word that search ignores ("the", "para").</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(version, reader);
        TokenStream result = new StandardFilter(version, source);
        if (stem) result = new EnglishPossessiveFilter(version, result);
        result = new LowerCaseFilter(version, result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(version, result, StopWords);
        if (stem) result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    private static CharArraySet CreateStopWords()
    {
        var words = new CharArraySet(LuceneVersion.LUCENE_48, StopAnalyzer.ENGLISH_STOP_WORDS_SET.Count + SpanishFunctionWords.Length, ignoreCase: false);
        foreach (var word in StopAnalyzer.ENGLISH_STOP_WORDS_SET) words.Add(word);
        foreach (var word in SpanishFunctionWords) words.Add(word);
        return words.AsReadOnly();
    }
}
