using IopFinder.Core.Filtering;
using IopFinder.Core.Search;
using IopFinder.Core.Common;

namespace IopFinder.Web.Search;

/// <summary>
/// A place name that means more than one place: the city searched near, a link to the same search near
/// each other city of that name, and, for a big city that shares a state's name ("New York"), the search
/// of that whole state.
/// </summary>
/// <param name="Shown">The city searched near ("Portland, OR").</param>
/// <param name="Others">The other cities of that name, likeliest first, each with its search.</param>
/// <param name="State">The state of the same name and its search, or null.</param>
public sealed record PlaceChoices(string Shown, IReadOnlyList<PlaceChoice> Others, PlaceChoice? State)
{
    /// <summary>The choices of an ambiguous place, or null when the place was not ambiguous.</summary>
    public static PlaceChoices? For(SearchResults results, QueryLinks links)
    {
        var ambiguous = results.Warnings.FirstOrDefault(w => w.Code == NoticeCode.PlaceAmbiguous && w.Choices.Count > 0);
        var alsoState = results.Warnings.FirstOrDefault(w => w.Code == NoticeCode.PlaceAlsoState && w.Hint is not null);
        if (ambiguous is null && alsoState is null) return null;
        // The state's code is its shortest unambiguous name: near=NY is the state of New York.
        var state = alsoState is null ? null : new PlaceChoice(alsoState.Hint!, links.WithOnly(Filters.Near.Parameter, alsoState.Hint!));
        var others = ambiguous?.Choices.Select(c => new PlaceChoice(c, links.WithOnly(Filters.Near.Parameter, c))).ToList() ?? [];
        return new PlaceChoices(ambiguous?.Value ?? alsoState!.Value, others, state);
    }
}

/// <summary>Another place of the same name and the search near it.</summary>
public sealed record PlaceChoice(string Label, string Url);
