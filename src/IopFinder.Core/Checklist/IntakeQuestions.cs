using IopFinder.Core.Filtering;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Checklist;

/// <summary>"Questions to ask when you call" for one program: what its listing leaves out, as the checklist's questions.</summary>
public static class IntakeQuestions
{
    /// <summary>
    /// Questions for the fields and quality criteria the listing does not answer, most practical first; the yes/no
    /// facts are those of <paramref name="filters"/> (the site's <see cref="Filters.Registry"/> unless given).
    /// </summary>
    public static IReadOnlyList<Question> For(Listing listing, DateOnly today, FilterRegistry? filters = null)
    {
        var questions = new List<Question>();
        // Every yes/no fact the listing leaves out is worth a call (accepting new patients first).
        foreach (var flag in (filters ?? Filters.Registry).Flags.Where(f => f.SaysOn(listing, today) is null)) questions.Add(new Question(flag.Parameter, []));
        if (listing.Schedule.Count == 0) questions.Add(new Question(NeedNames.Schedule, []));
        questions.Add(new Question(Filters.Insurance.Parameter, []) { Confirm = listing.Insurance.Count > 0 });
        if (listing.Modalities.Count == 0) questions.Add(new Question(Filters.Modality.Parameter, []));
        foreach (var feature in NeedNames.FeatureCriteria.Where(f => !listing.Features.Contains(f)))
        {
            questions.Add(new Question(feature, []));
        }
        return questions;
    }
}
