using Microsoft.AspNetCore.Http.HttpResults;

namespace IopFinder.Web.Hsds;

/// <summary>
/// HSDS errors as RFC 9457 problem details (<c>application/problem+json</c>): a 400 names each bad parameter,
/// a 404 the id not found. Endpoints that can answer 404 declare it with <see cref="NotFoundMetadata"/>.
/// </summary>
public static class HsdsProblems
{
    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Some parameters of the request are not valid.");

    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found.",
            detail: $"No {what} with the id '{(id.Length > 80 ? id[..80] : id)}'.");

    /// <summary>Describes the 404 problem answer for API descriptions.</summary>
    public static RouteHandlerBuilder NotFoundMetadata(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status404NotFound);
}
