using IopFinder.Core.Checklist;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Api;
using IopFinder.Web.Shared.Links;
using IopFinder.Web.Shared.Wording;
using Microsoft.AspNetCore.Http.HttpResults;
using IopFinder.Core.Common;

namespace IopFinder.Web.Compare;

/// <summary><c>/api/compare?ids=a,b&amp;&lt;needs&gt;</c> (SPEC section 4), for referral systems.</summary>
public static class CompareApi
{
    public static RouteGroupBuilder MapCompareApi(this RouteGroupBuilder api)
    {
        api.MapGet("/compare", Compare)
            .WithName("ComparePrograms")
            .WithSummary("Score up to six programs against a checklist of needs")
            .WithDescription("ids=a,b,c (at most 6) and the needs: the search parameters, plus w.<need>=0..3 importances (0 doesn't matter, 1 nice to have, 2 important, 3 must have) for them and for the quality criteria. With no need weighed, nothing is scored: score and known_share are null, criteria empty, and questions are what each listing leaves out.")
            .WithSearchParameters(checklist: true)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Compare");
        return api;
    }

    private static Results<Ok<CompareResponse>, ValidationProblem, ProblemHttpResult> Compare([AsParameters] CompareRequest request)
    {
        var (query, words) = (request.Query.Query, request.Words);
        var outcome = request.Compare.Compare(query);
        var errors = outcome.Parsed.Errors.ToList();
        if (outcome.Parsed.Request.Ids.Count == 0) errors.Add(new Notice(NoticeCode.IdsRequired, NeedNames.Ids));
        if (errors.Count > 0) return ApiProblems.BadRequest(errors, words, "Problem.BadCompare");
        if (outcome.UnknownIds.Count > 0) return ApiProblems.ProgramNotFound(string.Join("', '", outcome.UnknownIds), words.Text);
        var view = new CompareView(outcome, query, words);
        return TypedResults.Ok(new CompareResponse(
            [.. outcome.Result.Programs.Select(p => new ComparedProgramDto(
                p.Listing.Id, p.Listing.Name, ProgramUrls.Page(p.Listing.Id), p.Score, p.KnownShare, p.MissedMustHaves,
                [.. p.Criteria.Select(c => new CriterionDto(c.Need, view.RowLabel(c.Need), c.Weight, ResultName(c.Result), c.Credit, view.Why(p, c)))],
                view.Questions(p)))],
            [.. words.Notices.Say(outcome.Parsed.Warnings.Concat(outcome.Result.Warnings))]));
    }

    public static string ResultName(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "met",
        CriterionOutcome.Partial => "partial",
        CriterionOutcome.Unmet => "unmet",
        _ => "unknown",
    };
}
