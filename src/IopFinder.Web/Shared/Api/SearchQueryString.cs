using System.Reflection;

namespace IopFinder.Web.Shared.Api;

/// <summary>
/// The query string of a search or a comparison, bound whole: the parsers read it as name/value pairs in
/// order, a repeated parameter once per value (<c>condition=a&amp;condition=b</c>), the importances
/// <c>w.&lt;need&gt;</c> by prefix, and name each bad value in a 400. Typed properties would refuse a bad
/// value during binding with another message, and list the filters a second time beside their definitions;
/// the OpenAPI document lists them from the definitions instead (<see cref="SearchParametersDocument"/>).
/// </summary>
public sealed record SearchQueryString(IQueryCollection Query) : IBindableFromHttpContext<SearchQueryString>
{
    public static ValueTask<SearchQueryString?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<SearchQueryString?>(new SearchQueryString(context.Request.Query));
}
