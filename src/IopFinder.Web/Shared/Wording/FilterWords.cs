using System.Globalization;
using IopFinder.Core.Filtering;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>What the search form and the checklist call each filter.</summary>
public sealed class FilterWords(IStringLocalizer text)
{
    /// <summary>The question or title of its fieldset.</summary>
    public string Legend(FilterDefinition filter) => text[$"Filter.{filter.Parameter}.Legend"];

    /// <summary>The legend as a name inside a sentence, its question marks dropped ("What do you need help with", "Con qué necesita ayuda").</summary>
    public string Name(FilterDefinition filter) => Legend(filter).Trim('¿', '?');

    /// <summary>One line of help under the legend.</summary>
    public string Help(FilterDefinition filter) => text[$"Filter.{filter.Parameter}.Help"];

    /// <summary>What the filter's values are, as a noun ("Therapies").</summary>
    public string Noun(FilterDefinition filter) => text[$"Filter.{filter.Parameter}.Noun"];

    /// <summary>
    /// The number beside a choice as seen ("94", "+4") and as heard ("94 programs", "adds 4 programs"):
    /// "+" alone would be read as "plus", and a bare number as the size of the category.
    /// </summary>
    public (string Shown, string Heard) Count(int count, bool adds)
    {
        var number = count.ToString("N0", CultureInfo.CurrentCulture);
        var key = (adds ? "Filter.Count.Adds" : "Filter.Count.Total") + (count == 1 ? ".One" : "");
        return (adds ? "+" + number : number, text[key, number]);
    }

    /// <summary>The resource keys every filter needs, for the completeness test.</summary>
    public static IEnumerable<string> Keys(FilterDefinition filter) =>
        [$"Filter.{filter.Parameter}.Legend", $"Filter.{filter.Parameter}.Help", $"Filter.{filter.Parameter}.Noun"];
}
