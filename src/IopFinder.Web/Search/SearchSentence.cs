using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Search;

/// <summary>The search page's description: what it finds for this search, or what the site is for on the home page.</summary>
public static class SearchSentence
{
    public static string Say(SearchPageView view)
    {
        var words = view.Words;
        if (view.Query.IsDefault) return words["Meta.Home"];
        // The chips name what was chosen, the place included; a search of words alone still has its chip.
        return view.Chips.Count == 0
            ? words["Meta.Search.Plain", view.Count]
            : words["Meta.Search", view.Count, string.Join(", ", view.Chips.Select(c => c.Text))];
    }
}
