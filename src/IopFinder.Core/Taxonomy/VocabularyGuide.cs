using System.Text;

namespace IopFinder.Core.Taxonomy;

/// <summary>The vocabularies as Markdown tables for the staff guide, generated so the guide never drifts from <c>taxonomy.yml</c>.</summary>
public static class VocabularyGuide
{
    /// <summary>Marks where the generated section starts in a guide.</summary>
    public const string StartMarker = "<!-- vocabularies:start (generated from taxonomy.yml by `IopFinder.Web guide`; do not edit by hand) -->";

    /// <summary>Marks where it ends.</summary>
    public const string EndMarker = "<!-- vocabularies:end -->";

    private static readonly Dictionary<string, string> Headings = new()
    {
        [VocabularyNames.LevelsOfCare] = "Levels of care (`levels_of_care`)",
        [VocabularyNames.Conditions] = "Conditions (`conditions`)",
        [VocabularyNames.Modalities] = "Therapies and treatments (`modalities`)",
        [VocabularyNames.Medications] = "Medications for opioid and alcohol use (`medications`)",
        [VocabularyNames.Populations] = "Groups with a program designed for them (`populations`)",
        [VocabularyNames.Genders] = "Genders accepted (`genders`)",
        [VocabularyNames.Ages] = "Age groups (`ages`)",
        [VocabularyNames.Formats] = "Formats (`formats`)",
        [VocabularyNames.Insurance] = "Insurance and payment (`insurance`)",
        [VocabularyNames.Languages] = "Languages (`languages`)",
        [VocabularyNames.Accreditation] = "Accreditation (`accreditation`)",
        [VocabularyNames.Features] = "Features (`features`)",
    };

    /// <summary>The generated section, markers included.</summary>
    public static string Render(Taxonomy taxonomy)
    {
        var text = new StringBuilder(StartMarker).Append("\n\n");
        foreach (var name in VocabularyNames.All)
        {
            text.Append("### ").Append(Headings[name]).Append("\n\n");
            text.Append("| id | label | what it means | part of | search also understands |\n| --- | --- | --- | --- | --- |\n");
            foreach (var term in taxonomy[name].Terms)
            {
                text.Append($"| `{term.Id}` | {Cell(term.Label)} | {Cell(term.Description)} | {(term.Broader is { } broader ? $"`{broader}`" : "")} | {Cell(string.Join(", ", term.Synonyms))} |\n");
            }
            text.Append('\n');
        }
        return text.Append(EndMarker).ToString();
    }

    /// <summary>The guide with its generated section replaced; null when the markers are missing.</summary>
    public static string? Replace(string guide, Taxonomy taxonomy)
    {
        var start = guide.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = guide.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        return guide[..start] + Render(taxonomy) + guide[(end + EndMarker.Length)..];
    }

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");
}
