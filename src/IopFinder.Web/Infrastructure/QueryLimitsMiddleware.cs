using IopFinder.Web.Api;

namespace IopFinder.Web.Infrastructure;

/// <summary>Refuses query strings too long or with too many parameters to be a real search, before any work is done.</summary>
public sealed class QueryLimitsMiddleware(RequestDelegate next)
{
    public const int MaxQueryLength = 8 * 1024;
    public const int MaxParameters = 300;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
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
        if (!ApiPaths.IsApi(context.Request.Path))
        {
            await PlainPage.Write(context, StatusCodes.Status400BadRequest, "That search is too long", message);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Bad query", Detail = message, Extensions = { ["errors"] = new Dictionary<string, string[]> { ["query"] = [message] } } },
        });
    }
}
