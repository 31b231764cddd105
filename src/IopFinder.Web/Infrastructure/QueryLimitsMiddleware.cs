namespace IopFinder.Web.Infrastructure;

/// <summary>Refuses query strings too long or with too many parameters to be a real search, before any work is done.</summary>
public sealed class QueryLimitsMiddleware(RequestDelegate next)
{
    public const int MaxQueryLength = 8 * 1024;
    public const int MaxParameters = 300;

    public async Task InvokeAsync(HttpContext context)
    {
        var query = context.Request.QueryString.Value ?? "";
        var message = query.Length > MaxQueryLength ? $"The address is too long (more than {MaxQueryLength} characters in the query)."
            : context.Request.Query.Sum(p => p.Value.Count) > MaxParameters ? $"Too many search parameters (more than {MaxParameters})."
            : null;
        if (message is null)
        {
            await next(context);
            return;
        }
        if (context.Request.Path.StartsWithSegments("/hsds"))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: message).ExecuteAsync(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.Response.WriteAsJsonAsync(new { error = message, errors = new[] { message } });
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Search too long · IopFinder</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><aside class=\"crisis\" aria-label=\"Crisis help\"><p><strong>In crisis?</strong> Call or text <a href=\"tel:988\">988</a> (Suicide &amp; Crisis Lifeline), or <a href=\"tel:911\">911</a> in an emergency.</p></aside><main id=\"main\"><h1>That search is too long</h1><p>{System.Net.WebUtility.HtmlEncode(message)}</p><p><a href=\"/\">Start a new search</a></p></main></body></html>");
    }
}
