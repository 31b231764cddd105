using System.Globalization;
using System.Text;
using IopFinder.Core.Taxonomy;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Cli;

/// <summary>The vocabularies as Markdown tables for the staff guide, generated so the guide never drifts from <c>taxonomy.yml</c>.</summary>
public static class VocabularyGuide
{
    /// <summary>Marks where the generated section starts in a guide.</summary>
    public const string StartMarker = "<!-- vocabularies:start (generated from taxonomy.yml by `IopFinder.Web guide`; do not edit by hand) -->";

    /// <summary>Marks where it ends.</summary>
    public const string EndMarker = "<!-- vocabularies:end -->";

    /// <summary>The staff guide's heading of a vocabulary ("Therapies and treatments" for <c>modalities</c>), the English of the staff page's.</summary>
    public static string Title(string vocabulary) => EnglishText.Instance[$"Vocabulary.{vocabulary}"];

    /// <summary>The generated section, markers included.</summary>
    public static string Render(Core.Taxonomy.Taxonomy taxonomy)
    {
        var text = new StringBuilder(StartMarker).Append("\n\n");
        foreach (var name in VocabularyNames.All)
        {
            text.Append("### ").Append(Title(name)).Append(" (`").Append(name).Append("`)\n\n");
            text.Append("| id | label | Spanish label | what it means | part of | search also understands |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var term in taxonomy[name].Terms)
            {
                text.Append(CultureInfo.InvariantCulture, $"| `{term.Id}` | {Cell(term.Label)} | {Cell(term.LabelEs ?? "")} | {Cell(term.Description)} | {(term.Broader is { } broader ? $"`{broader}`" : "")} | {Cell(Synonyms(term))} |\n");
            }
            text.Append('\n');
        }
        return text.Append(EndMarker).ToString();
    }

    /// <summary>The guide with its generated section replaced; null when the markers are missing.</summary>
    public static string? Replace(string guide, Core.Taxonomy.Taxonomy taxonomy)
    {
        var start = guide.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = guide.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        return guide[..start] + Render(taxonomy) + guide[(end + EndMarker.Length)..];
    }

    /// <summary>The English synonyms, then the Spanish ones after "es:".</summary>
    private static string Synonyms(TaxonomyTerm term)
    {
        var english = string.Join(", ", term.Synonyms);
        if (term.SynonymsEs.Count == 0) return english;
        var spanish = "es: " + string.Join(", ", term.SynonymsEs);
        return english.Length == 0 ? spanish : $"{english}; {spanish}";
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
