using System.Globalization;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>Labels of filter values (taxonomy terms, times of day, days, states) and lists of them, in the reader's language.</summary>
public sealed class TermWords(IStringLocalizer text, Core.Taxonomy.Taxonomy taxonomy)
{
    private static bool Spanish => ReaderLanguage.IsSpanish;

    /// <summary>The label of a term of a vocabulary.</summary>
    public string Label(string vocabulary, string id)
    {
        var term = taxonomy[vocabulary].Find(id);
        return term is null ? id : Spanish && term.LabelEs is { } es ? es : term.Label;
    }

    /// <summary>The plain-language description of a term.</summary>
    public string? Description(string vocabulary, string id)
    {
        var term = taxonomy[vocabulary].Find(id);
        return term is null ? null : Spanish && term.DescriptionEs is { } es ? es : term.Description;
    }

    /// <summary>
    /// The label of any filter value: a term's from the taxonomy, a state's name, else the resource
    /// <c>Value.&lt;parameter&gt;.&lt;id&gt;</c> (days, times of day), else the id itself.
    /// </summary>
    public string Label(FilterDefinition filter, string id) => filter switch
    {
        { Vocabulary: { } vocabulary } => Label(vocabulary, id),
        _ when filter == Filters.State => UsStates.Names.GetValueOrDefault(id, id),
        _ => ResourceKeys.Contains($"Value.{filter.Parameter}.{id}") ? text[$"Value.{filter.Parameter}.{id}"] : id,
    };

    /// <summary>
    /// The label as it reads inside a sentence: "treat depression", "take Medicaid", "offer care in
    /// Spanish" but "atienden en español". Names (<see cref="Core.Taxonomy.TaxonomyTerm.ProperName"/>),
    /// acronyms (PTSD, DBT) and values that are not taxonomy terms (states, days) keep their capital.
    /// </summary>
    public string InSentence(FilterDefinition filter, string id)
    {
        var label = Label(filter, id);
        if (filter.Vocabulary is not { } vocabulary || label.Length < 2 || char.IsUpper(label[1])) return label;
        if (taxonomy[vocabulary].Find(id) is null or { ProperName: true }) return label;
        // English writes the names of languages with a capital, Spanish does not.
        if (vocabulary == Core.Taxonomy.VocabularyNames.Languages && !Spanish) return label;
        return char.ToLower(label[0], CultureInfo.CurrentCulture) + label[1..];
    }

    /// <summary>Labels of a filter's values as a sentence writes them, joined with "and".</summary>
    public string AndInSentence(FilterDefinition filter, IEnumerable<string> ids) => And(ids.Select(id => InSentence(filter, id)));

    /// <summary>Labels of a filter's values as a sentence writes them, joined with "or".</summary>
    public string OrInSentence(FilterDefinition filter, IEnumerable<string> ids) => Or(ids.Select(id => InSentence(filter, id)));

    /// <summary>A short label of a time of day ("evening").</summary>
    public string TimeShort(string id) => text[$"Value.time.{id}.Short"];

    /// <summary>The full name of a day as a sentence writes it ("Monday", "lunes").</summary>
    public static string DayName(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    /// <summary>"A, B and C".</summary>
    public string And(IEnumerable<string> items) => Join(items.ToList(), "Join.And");

    /// <summary>"A, B or C".</summary>
    public string Or(IEnumerable<string> items) => Join(items.ToList(), "Join.Or");

    /// <summary>Labels of a filter's values joined with "and".</summary>
    public string And(FilterDefinition filter, IEnumerable<string> ids) => And(ids.Select(id => Label(filter, id)));

    /// <summary>Labels of a filter's values joined with "or".</summary>
    public string Or(FilterDefinition filter, IEnumerable<string> ids) => Or(ids.Select(id => Label(filter, id)));

    private string Join(List<string> items, string key) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => text[key, items.Count == 2 ? items[0] : string.Join(", ", items.Take(items.Count - 1)), items[^1]],
    };
}
