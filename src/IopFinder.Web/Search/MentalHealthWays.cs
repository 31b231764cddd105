using System.Globalization;
using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Search;

/// <summary>
/// A search for a mental-health condition the public directories do not record ("depression"): one
/// sentence says why nothing names it, then the day programs and the intensive outpatient programs near
/// the same place that treat mental health, each with its count, lead the ways out.
/// </summary>
public sealed class MentalHealthWays(SearchPageView view, MentalHealthRoute route)
{
    /// <summary>"The public directories … do not record which programs treat depression. These treat mental health — call and ask:".</summary>
    public string Lead => view.Words["WaysOut.MentalHealth", view.Words.Terms.OrInSentence(Filters.Condition, route.Conditions)];

    /// <summary>The day programs, then the intensive outpatient programs, each only when some match.</summary>
    public IEnumerable<ResultLink> Links()
    {
        var within = view.Results.Origin is { } origin ? view.Words["Results.Within", view.Radius, origin.Label] : "";
        if (route.DayPrograms > 0) yield return Link("WayOut.MentalHealth.DayPrograms", route.DayPrograms, within, "php");
        if (route.IntensiveOutpatient > 0) yield return Link("WayOut.MentalHealth.Iop", route.IntensiveOutpatient, within, "iop");
    }

    private ResultLink Link(string key, int count, string within, string level)
    {
        var text = view.Words[count == 1 ? key + ".One" : key, count.ToString("N0", CultureInfo.CurrentCulture), within];
        List<(string, string)> add = [.. route.FromWords, (Filters.Level.Parameter, level)];
        add.AddRange(MentalHealthRoute.AddedConditions.Where(c => !route.Conditions.Contains(c)).Select(c => (Filters.Condition.Parameter, c)));
        if (route.RestOfText.Length > 0) add.Add((SearchParameters.Text, route.RestOfText));
        return new ResultLink(text, view.Links.Replacing([SearchParameters.Text, Filters.Level.Parameter], [.. add]));
    }
}
