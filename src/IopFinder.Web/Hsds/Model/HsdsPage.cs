namespace IopFinder.Web.Hsds.Model;

/// <summary>One page of a list, in the envelope of the HSDS reference API (<c>components/schemas/Page</c>).</summary>
/// <param name="TotalItems">Items in the whole result set.</param>
/// <param name="TotalPages">Pages at this page size; at least 1.</param>
/// <param name="PageNumber">This page, from 1.</param>
/// <param name="Size">Items on this page.</param>
/// <param name="FirstPage">True on page 1.</param>
/// <param name="LastPage">True on the last page or after it.</param>
/// <param name="Empty">True when this page holds no items.</param>
/// <param name="Contents">The items.</param>
public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents)
{
    /// <summary>Page <paramref name="page"/> of <paramref name="perPage"/> items from a result set, mapping only the items shown.</summary>
    public static HsdsPage<T> Of<TSource>(IReadOnlyList<TSource> all, int page, int perPage, Func<TSource, T> map)
    {
        var totalPages = Math.Max(1, (all.Count + perPage - 1) / perPage);
        var skip = (long)(page - 1) * perPage;
        var contents = skip >= all.Count ? [] : all.Skip((int)skip).Take(perPage).Select(map).ToList();
        return new HsdsPage<T>(all.Count, totalPages, page, contents.Count, page == 1, page >= totalPages, contents.Count == 0, contents);
    }
}
