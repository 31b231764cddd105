using IopFinder.Web.Shared.Api;
using IopFinder.Web.Shared.Catalogs;
using IopFinder.Web.Shared.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Programs;

/// <summary><c>/api/programs/{id}</c> (SPEC section 3): one program's whole listing.</summary>
public static class ProgramApi
{
    public static RouteGroupBuilder MapProgramApi(this RouteGroupBuilder api)
    {
        api.MapGet("/programs/{id}", Get)
            .WithName("GetProgram")
            .WithSummary("One program, the whole listing")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CacheOutput(OutputCaching.Policy)
            .WithTags("Programs");
        return api;
    }

    private static Results<Ok<ProgramDetailDto>, ProblemHttpResult> Get(string id, CatalogSnapshot snapshot, TimeProvider clock, IStringLocalizer<SharedResource> text) =>
        snapshot.Index.Get(id) is { } listing
            ? TypedResults.Ok(ProgramDetailDto.From(listing, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            : ApiProblems.ProgramNotFound(id, text);
}
