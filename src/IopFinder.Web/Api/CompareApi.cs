using IopFinder.Core.Checklist;
using IopFinder.Core.Search;
using IopFinder.Web.Rendering;
using IopFinder.Web.Services;
using IopFinder.Web.Wording;

namespace IopFinder.Web.Api;

/// <summary><c>/api/compare?ids=a,b&amp;&lt;needs&gt;</c> (SPEC section 4), for referral systems.</summary>
public static class CompareApi
{
    public static void MapCompareApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/compare", (HttpContext context, CompareService compare, Words words) =>
        {
            var outcome = compare.Compare(context.Request.Query);
            var errors = outcome.Parsed.Errors.ToList();
            if (outcome.Parsed.Request.Ids.Count == 0) errors.Add(new Notice(NoticeCode.IdsRequired, NeedNames.Ids));
            if (errors.Count > 0)
            {
                return Results.Json(new { error = "Bad compare parameters.", errors = words.Notices.Say(errors).ToList() }, statusCode: StatusCodes.Status400BadRequest);
            }
            if (outcome.UnknownIds.Count > 0)
            {
                var shown = string.Join("', '", outcome.UnknownIds.Select(id => id.Length > 80 ? id[..80] : id));
                return Results.Json(new { error = $"No program with id '{shown}'." }, statusCode: StatusCodes.Status404NotFound);
            }
            var view = new CompareView(outcome, context.Request.Query, words);
            return Results.Json(new
            {
                programs = outcome.Result.Programs.Select(p => new
                {
                    id = p.Listing.Id,
                    name = p.Listing.Name,
                    url = ProgramUrls.Page(p.Listing.Id),
                    score = p.Score,
                    known_share = p.KnownShare,
                    missed_must_haves = p.MissedMustHaves,
                    criteria = p.Criteria.Select(c => new
                    {
                        need = c.Need,
                        label = view.RowLabel(c.Need),
                        weight = c.Weight,
                        result = ResultName(c.Result),
                        credit = c.Credit,
                        why = view.Why(p, c),
                    }),
                    questions = view.Questions(p),
                }),
                warnings = words.Notices.Say(outcome.Parsed.Warnings.Concat(outcome.Result.Warnings)).ToList(),
            });
        });
    }

    public static string ResultName(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => "met",
        CriterionOutcome.Partial => "partial",
        CriterionOutcome.Unmet => "unmet",
        _ => "unknown",
    };
}
