using System.Net;

namespace IopFinder.Web.Infrastructure;

/// <summary>
/// A small page for refusals made before any page runs (too long a query, too many requests): the
/// crisis line first, the message, a way back. Everything it shows is encoded.
/// </summary>
public static class PlainPage
{
    public static Task Write(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var (t, m) = (WebUtility.HtmlEncode(title), WebUtility.HtmlEncode(message));
        return context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{t} · IopFinder</title>" +
            "<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><aside class=\"crisis\" aria-label=\"Crisis help\"><p><strong>In crisis?</strong> Call or text " +
            "<a href=\"tel:988\">988</a> (Suicide &amp; Crisis Lifeline), or <a href=\"tel:911\">911</a> in an emergency.</p></aside>" +
            $"<main id=\"main\"><h1>{t}</h1><p>{m}</p><p><a href=\"/\">Start a new search</a></p></main></body></html>");
    }
}
