using IopFinder.Core.Filtering;
using IopFinder.Core.Search;

namespace IopFinder.Web.Rendering;

/// <summary>A city name several states have: the one searched near, and a link to the same search near each of the others.</summary>
/// <param name="Shown">The city searched near ("Portland, OR").</param>
/// <param name="Others">The other cities of that name, likeliest first, each with its search.</param>
public sealed record PlaceChoices(string Shown, IReadOnlyList<PlaceChoice> Others)
{
    /// <summary>The choices of an ambiguous place, or null when the place was not ambiguous.</summary>
    public static PlaceChoices? For(SearchResults results, QueryLinks links) =>
        results.Warnings.FirstOrDefault(w => w.Code == NoticeCode.PlaceAmbiguous) is { Choices.Count: > 0 } notice
            ? new PlaceChoices(notice.Value, [.. notice.Choices.Select(c => new PlaceChoice(c, links.WithOnly(Filters.Near.Parameter, c)))])
            : null;
}

/// <summary>Another city of the same name and the search near it.</summary>
public sealed record PlaceChoice(string Label, string Url);
