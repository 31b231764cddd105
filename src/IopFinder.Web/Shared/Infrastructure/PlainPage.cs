using System.Net;
using IopFinder.Web.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Infrastructure;

/// <summary>
/// A small page for refusals made before any page runs (too long a query, too many requests): the
/// crisis line first, the message, a way back, in the request's language. Everything it shows from the
/// request is encoded; the rest are the site's own resources.
/// </summary>
public static class PlainPage
{
    public static Task Write(HttpContext context, int status, string title, string message)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var language = LanguageChoice.Of(context);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var (t, m) = (WebUtility.HtmlEncode(title), WebUtility.HtmlEncode(message));
        var home = WebUtility.HtmlEncode(language.Link("/"));
        return context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{language.Language.Code}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{t} · IopFinder</title>" +
            $"<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><aside class=\"crisis\" aria-label=\"{WebUtility.HtmlEncode(text["Layout.Crisis.Label"])}\"><p>{text["Layout.Crisis"]}</p></aside>" +
            $"<main id=\"main\"><h1>{t}</h1><p>{m}</p><p><a href=\"{home}\">{WebUtility.HtmlEncode(text["Plain.NewSearch"])}</a></p></main></body></html>");
    }
}
