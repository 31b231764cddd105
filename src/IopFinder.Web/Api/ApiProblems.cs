using IopFinder.Core.Search;
using IopFinder.Web.Wording;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IopFinder.Web.Api;

/// <summary>RFC 9457 problem details for the API's errors, worded like the pages' messages.</summary>
public static class ApiProblems
{
    /// <summary>A 400 with each message under the parameter it is about.</summary>
    public static ValidationProblem BadRequest(IEnumerable<Notice> errors, Words words, string title) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Parameter.Length == 0 ? "query" : e.Parameter)
                .ToDictionary(g => g.Key, g => g.Select(words.Notices.Say).ToArray()),
            title: title,
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");

    /// <summary>A 404 naming what was not found (the id cut short).</summary>
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(
            title: "Not found",
            detail: $"No {what} with id '{(id.Length > 80 ? id[..80] : id)}'.",
            statusCode: StatusCodes.Status404NotFound,
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.5");
}
