using IopFinder.Core.Listings;

namespace IopFinder.Web.Compare;

/// <summary>The chosen programs shown on search and program pages, with links to remove one or compare.</summary>
public sealed record CompareTray(IReadOnlyList<Listing> Programs, CompareLinks Links, string Path)
{
    public static CompareTray For(IQueryCollection query, Func<string, Listing?> find, string path)
    {
        var links = new CompareLinks(query);
        return new CompareTray(links.Ids.Select(find).OfType<Listing>().ToList(), links, path);
    }
}
