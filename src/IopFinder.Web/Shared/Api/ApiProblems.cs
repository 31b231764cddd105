using IopFinder.Core.Search;
using IopFinder.Web.Shared.Wording;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using IopFinder.Core.Common;

namespace IopFinder.Web.Shared.Api;

/// <summary>RFC 9457 problem details for the API's errors, worded like the pages' messages, in the request's language.</summary>
public static class ApiProblems
{
    /// <summary>A 400 with each message under the parameter it is about; <paramref name="titleKey"/> names the title's resource.</summary>
    public static ValidationProblem BadRequest(IEnumerable<Notice> errors, Words words, string titleKey) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Parameter.Length == 0 ? "query" : e.Parameter)
                .ToDictionary(g => g.Key, g => g.Select(words.Notices.Say).ToArray()),
            title: words[titleKey],
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.1");

    /// <summary>A 404 naming the program id that was not found (cut short).</summary>
    public static ProblemHttpResult ProgramNotFound(string id, IStringLocalizer text) =>
        TypedResults.Problem(
            title: text["Problem.NotFound"],
            detail: text["Problem.NoProgram", id.Length > 80 ? id[..80] : id],
            statusCode: StatusCodes.Status404NotFound,
            type: "https://tools.ietf.org/html/rfc9110#section-15.5.5");
}
