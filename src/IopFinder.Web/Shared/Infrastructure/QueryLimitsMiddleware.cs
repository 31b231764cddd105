using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Infrastructure;

/// <summary>Refuses query strings too long or with too many parameters to be a real search, before any work is done.</summary>
public sealed class QueryLimitsMiddleware(RequestDelegate next)
{
    public const int MaxQueryLength = 8 * 1024;
    public const int MaxParameters = 300;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems, IStringLocalizer<SharedResource> text)
    {
        var query = context.Request.QueryString.Value ?? "";
        var message = query.Length > MaxQueryLength ? text["Limits.TooLong", MaxQueryLength].Value
            : context.Request.Query.Sum(p => p.Value.Count) > MaxParameters ? text["Limits.TooMany", MaxParameters].Value
            : null;
        if (message is null)
        {
            await next(context);
            return;
        }
        if (!ApiPaths.IsApi(context.Request.Path))
        {
            await PlainPage.Write(context, StatusCodes.Status400BadRequest, text["Limits.Title"], message);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = text["Problem.BadQuery"], Detail = message, Extensions = { ["errors"] = new Dictionary<string, string[]> { ["query"] = [message] } } },
        });
    }
}
