using IopFinder.Core.Checklist;
using static IopFinder.Core.Tests.Support.TestCatalog;

namespace IopFinder.Core.Tests.Checklist;

public class IntakeQuestionsTests
{
    [Fact]
    public void For_SparseListing_AsksAboutEverythingItLeavesOut()
    {
        var questions = IntakeQuestions.For(Listing("x", FrontMatter("X")), IopFinder.Core.Tests.Support.TestCatalog.Taxonomy);
        Assert.Equal(IntakeQuestions.AcceptingQuestion, questions[0]);
        Assert.Contains(questions, q => q.StartsWith("What days and times"));
        Assert.Contains("Which insurance plans do you accept, and what would I pay?", questions);
        Assert.Contains(questions, q => q.StartsWith("Which therapies"));
        Assert.Contains(questions, q => q.StartsWith("Is there a psychiatrist"));
        Assert.Equal(9, questions.Count);
    }

    [Fact]
    public void For_CompleteListing_AsksOnlyWhatNoListingCanAnswer()
    {
        var listing = Listing("x", FrontMatter("X", "insurance: [medicaid]", "modalities: [cbt]", "accepting_new_patients: true",
            "features: [psychiatrist-on-staff, outcome-tracking, family-involvement, crisis-plan, aftercare-planning]",
            Schedule(Track("mon", "09:00", "12:00"))));
        Assert.Equal(["Is my plan in network with you, and what would I pay each week?"], IntakeQuestions.For(listing, IopFinder.Core.Tests.Support.TestCatalog.Taxonomy));
    }
}
