using IopFinder.Core.Common;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Taxonomy;

/// <summary>
/// Reads and checks <c>taxonomy.yml</c>: every vocabulary, each term with an id, a label and a
/// description in English and in Spanish (<c>label_es</c>, <c>description_es</c>).
/// </summary>
public static partial class TaxonomyLoader
{
    /// <summary>Where the Spanish words a term must use are fixed.</summary>
    private const string SpanishGuide = "docs/glossary-es.md";

    private static readonly string[] TermKeys = ["id", "label", "description", "synonyms", "broader", "implies", "label_es", "description_es", "synonyms_es", "proper_name"];

    /// <summary>Parses taxonomy text; the taxonomy is null when any problem was found.</summary>
    public static (Taxonomy? Taxonomy, IReadOnlyList<Diagnostic> Problems) Parse(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split(" at line")[0];
            return (null, [new Diagnostic(path, (int)e.Start.Line, $"not valid YAML: {reason}") { Code = ProblemCodes.TaxonomyYaml, Args = [reason] }]);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, [new Diagnostic(path, 1, "taxonomy must map each vocabulary name to a list of terms") { Code = ProblemCodes.TaxonomyShape }]);
        }

        var fields = new YamlFields(path, 0);
        fields.UnknownKeys(root, VocabularyNames.All.ToArray(), "");
        var vocabularies = new List<Vocabulary>();
        foreach (var name in VocabularyNames.All)
        {
            if (YamlFields.Get(root, name) is null)
            {
                fields.Error(1, $"vocabulary '{name}' is missing", null, ProblemCodes.VocabularyMissing, name);
                continue;
            }
            var terms = ReadTerms(fields, root, name);
            CheckHierarchy(fields, root, name, terms);
            vocabularies.Add(new Vocabulary(name, terms));
        }
        var taxonomy = new Taxonomy(vocabularies);
        foreach (var format in VocabularyNames.RequiredFormats)
        {
            if (!taxonomy[VocabularyNames.Formats].Contains(format))
            {
                fields.Error(1, $"vocabulary 'formats' must contain '{format}'", null, ProblemCodes.VocabularyTermMissing, VocabularyNames.Formats, format);
            }
        }
        foreach (var level in new[] { "iop", "php" })
        {
            if (!taxonomy[VocabularyNames.LevelsOfCare].Contains(level)) fields.Error(1, $"vocabulary 'levels_of_care' must contain '{level}'", null, ProblemCodes.VocabularyTermMissing, VocabularyNames.LevelsOfCare, level);
        }
        return fields.Diagnostics.Count == 0 ? (taxonomy, []) : (null, fields.Diagnostics);
    }

    /// <summary>Reads a taxonomy file; a missing or unreadable file is one problem, not an exception.</summary>
    public static (Taxonomy? Taxonomy, IReadOnlyList<Diagnostic> Problems) Load(string filePath, string displayPath)
    {
        try
        {
            return Parse(displayPath, File.ReadAllText(filePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new Diagnostic(displayPath, 1, $"cannot read the taxonomy: {e.Message}") { Code = ProblemCodes.TaxonomyUnreadable, Args = [e.Message] }]);
        }
    }

    private static List<TaxonomyTerm> ReadTerms(YamlFields fields, YamlMappingNode root, string name)
    {
        var terms = new List<TaxonomyTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var map in fields.Maps(root, name))
        {
            fields.UnknownKeys(map, TermKeys, $" in a term of '{name}'");
            var id = fields.Text(map, "id");
            var label = fields.Text(map, "label");
            var description = fields.Text(map, "description");
            if (id is null || !IdPattern().IsMatch(id))
            {
                fields.Error(map, $"a term of '{name}' needs an 'id' of lowercase letters, digits and dashes", null, ProblemCodes.TermId, name);
                continue;
            }
            if (!seen.Add(id))
            {
                fields.Error(map, $"'{id}' appears twice in '{name}'", null, ProblemCodes.TermTwice, id, name);
                continue;
            }
            if (string.IsNullOrWhiteSpace(label)) fields.Error(map, $"term '{id}' needs a 'label'", null, ProblemCodes.TermLabel, id);
            if (string.IsNullOrWhiteSpace(description)) fields.Error(map, $"term '{id}' needs a one-line 'description'", null, ProblemCodes.TermDescription, id);
            var labelEs = fields.Text(map, "label_es");
            var descriptionEs = fields.Text(map, "description_es");
            // Spanish pages show every term, so a term without its Spanish words is as incomplete as one without a label.
            if (string.IsNullOrWhiteSpace(labelEs)) fields.Error(map, $"term '{id}' needs 'label_es', its label in Spanish (see {SpanishGuide})", null, ProblemCodes.TermLabelEs, id, SpanishGuide);
            if (string.IsNullOrWhiteSpace(descriptionEs)) fields.Error(map, $"term '{id}' needs 'description_es', its description in Spanish (see {SpanishGuide})", null, ProblemCodes.TermDescriptionEs, id, SpanishGuide);
            var synonyms = fields.List(map, "synonyms").Select(s => s.Value).ToArray();
            terms.Add(new TaxonomyTerm(id, label ?? id, description ?? "", synonyms)
            {
                Broader = fields.Text(map, "broader"),
                Implies = fields.List(map, "implies").Select(s => s.Value).ToArray(),
                LabelEs = labelEs,
                DescriptionEs = descriptionEs,
                SynonymsEs = fields.List(map, "synonyms_es").Select(s => s.Value).ToArray(),
                ProperName = fields.Bool(map, "proper_name") ?? false,
            });
        }
        return terms;
    }

    /// <summary>Broader and implied terms must be other terms of the same vocabulary, and broader chains must end.</summary>
    private static void CheckHierarchy(YamlFields fields, YamlMappingNode root, string name, List<TaxonomyTerm> terms)
    {
        var byId = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var maps = fields.Maps(root, name).Where(m => fields.Text(m, "id") is { } id && byId.ContainsKey(id))
            .GroupBy(m => fields.Text(m, "id")!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var map = maps.GetValueOrDefault(term.Id);
            if (map is null) continue;
            foreach (var other in term.Implies.Prepend(term.Broader).OfType<string>())
            {
                if (other == term.Id)
                {
                    fields.Error(map, $"term '{term.Id}' cannot be broader than or imply itself", null, ProblemCodes.TermSelf, term.Id);
                }
                else if (!byId.ContainsKey(other))
                {
                    var near = Suggestions.Closest(other, byId.Keys);
                    fields.Error(map, $"term '{term.Id}' names '{other}', which is not a term of '{name}'{Suggestions.Hint(near)}", null,
                        ProblemCodes.TermUnknownRelated, term.Id, other, name, near ?? "");
                }
            }
            var seen = new HashSet<string>(StringComparer.Ordinal) { term.Id };
            for (var broader = term.Broader; broader is not null && byId.TryGetValue(broader, out var next); broader = next.Broader)
            {
                if (!seen.Add(broader))
                {
                    fields.Error(map, $"the broader terms of '{term.Id}' go round in a circle through '{broader}'", null, ProblemCodes.TermCircle, term.Id, broader);
                    break;
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
