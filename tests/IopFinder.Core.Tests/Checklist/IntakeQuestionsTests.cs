using IopFinder.Core.Checklist;
using static IopFinder.Core.Tests.Support.TestCatalog;

namespace IopFinder.Core.Tests.Checklist;

public class IntakeQuestionsTests
{
    [Fact]
    public void For_SparseListing_AsksAboutEverythingItLeavesOut()
    {
        var questions = IntakeQuestions.For(Listing("x", FrontMatter("X")), new DateOnly(2026, 12, 5));
        Assert.Equal(["accepting", "schedule", "insurance", "modality", "psychiatrist-on-staff", "outcome-tracking", "family-involvement", "crisis-plan", "aftercare-planning"],
            questions.Select(q => q.Topic));
        Assert.False(questions.Single(q => q.Topic == "insurance").Confirm);
    }

    [Fact]
    public void For_CompleteListing_AsksOnlyWhatNoListingCanAnswer()
    {
        var listing = Listing("x", FrontMatter("X", "insurance: [medicaid]", "modalities: [cbt]", "accepting_new_patients: true",
            "features: [psychiatrist-on-staff, outcome-tracking, family-involvement, crisis-plan, aftercare-planning]",
            Schedule(Track("mon", "09:00", "12:00"))));
        Assert.Equal([new Question("insurance", []) { Confirm = true }], IntakeQuestions.For(listing, new DateOnly(2026, 12, 5)));
    }
}
