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

    /// <summary>The one choice of a yes/no filter ("Accepting new patients").</summary>
    public string Option(FlagFilter flag) => text[$"Filter.{flag.Parameter}.Option"];

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

    /// <summary>
    /// The note on a choice no listing of the catalog gives: "no listing gives this yet — call to ask", or, for a
    /// yes/no every listing answers (confirmed), its own plain wording, since there is nothing to call about.
    /// </summary>
    public string NoneListed(FilterDefinition filter) =>
        filter is FlagFilter { AlwaysAnswered: true } ? text[$"Filter.{filter.Parameter}.NoneListed"] : text["Filter.NoneListedYet"];

    /// <summary>
    /// The resource keys a filter needs, for the completeness test: every filter's legend, help and noun; a
    /// yes/no filter's choice, its yes and no in the comparison, its "doesn't say" phrase (or, when every listing
    /// answers it, its note for a catalog where none says yes) and its question to ask (and the wait wordings when its yes carries one). A new yes/no filter is complete with these.
    /// </summary>
    public static IEnumerable<string> Keys(FilterDefinition filter)
    {
        var p = filter.Parameter;
        IEnumerable<string> keys = [$"Filter.{p}.Legend", $"Filter.{p}.Help", $"Filter.{p}.Noun"];
        if (filter is not FlagFilter flag) return keys;
        var unknown = flag.AlwaysAnswered ? $"Filter.{p}.NoneListed" : $"Unknown.Does.{p}";
        keys = keys.Concat([$"Filter.{p}.Option", $"Filter.{p}.Yes", $"Filter.{p}.No", unknown, $"Question.{p}"]);
        return flag.WaitWeeks is null ? keys : keys.Concat([$"Filter.{p}.YesWait", $"Filter.{p}.YesWaitOne"]);
    }
}
