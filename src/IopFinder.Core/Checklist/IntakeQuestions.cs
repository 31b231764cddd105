using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Checklist;

/// <summary>"Questions to ask when you call" for one program: what its listing leaves out, the same questions the checklist asks.</summary>
public static class IntakeQuestions
{
    /// <summary>Questions for the fields and quality criteria the listing does not answer, most practical first.</summary>
    public static IReadOnlyList<string> For(Listing listing, Taxonomy.Taxonomy taxonomy)
    {
        var questions = new List<string>();
        if (listing.AcceptingNewPatients is null) questions.Add(AcceptingQuestion);
        if (listing.Schedule.Count == 0) questions.Add(ScheduleNeed.Question);
        questions.Add(listing.Insurance.Count == 0
            ? "Which insurance plans do you accept, and what would I pay?"
            : "Is my plan in network with you, and what would I pay each week?");
        if (listing.Modalities.Count == 0) questions.Add("Which therapies do you use, for example CBT or DBT?");
        foreach (var feature in NeedNames.FeatureCriteria.Where(f => !listing.Features.Contains(f)))
        {
            questions.Add(NeedEvaluator.FeatureQuestion(feature, taxonomy[VocabularyNames.Features].Label(feature)));
        }
        return questions;
    }

    /// <summary>Asked when a listing does not say whether it takes new patients.</summary>
    public const string AcceptingQuestion = "Are you accepting new patients, and how long is the wait?";
}
