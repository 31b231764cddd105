using Microsoft.Net.Http.Headers;

namespace IopFinder.Web.Shared.Localization;

/// <summary>
/// Makes the query string say the request's language, so every link and form a page builds from it
/// carries <c>lang</c> on: <c>lang=es</c> added to a page that is Spanish by <c>Accept-Language</c>,
/// a tag such as <c>es-MX</c> written <c>es</c>, an unknown or hostile value dropped. The rest stays in order.
/// </summary>
public sealed class LanguageQueryMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var carried = LanguageChoice.Of(context).Carried;
        var given = request.Query.Where(p => LanguageChoice.IsLanguageKey(p.Key)).SelectMany(p => p.Value.Select(v => $"{p.Key}={v}")).ToList();
        string[] wanted = carried is null ? [] : [$"{SiteLanguage.Parameter}={carried}"];
        if (!given.SequenceEqual(wanted, StringComparer.Ordinal))
        {
            var pairs = LanguageChoice.Without(request.Query).ToList();
            if (carried is not null) pairs.Add(new(SiteLanguage.Parameter, carried));
            request.QueryString = QueryString.Create(pairs);
        }
        // The same address answers in the browser's language, so caches must keep the two apart.
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return next(context);
    }
}
