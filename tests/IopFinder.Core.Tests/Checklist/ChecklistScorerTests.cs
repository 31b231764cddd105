using IopFinder.Core.Checklist;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Tests.Support;
using static IopFinder.Core.Tests.Support.TestCatalog;
using IopFinder.Core.Common;

namespace IopFinder.Core.Tests.Checklist;

public class ChecklistScorerTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static readonly Listing Full = Listing("full", FrontMatter("Full Program",
        "conditions: [depression, anxiety]", "modalities: [cbt, dbt]", "insurance: [medicaid, bcbs]", "ages: [adults]",
        "formats: [in-person, virtual]", "virtual_states: [MA]", "accreditation: [carf]",
        "features: [psychiatrist-on-staff, crisis-plan]", "accepting_new_patients: true", "last_reviewed: 2026-06-01",
        Schedule(Track("mon, wed, thu", "17:30", "20:30", "Evening"))));

    private static readonly Listing Sparse = Listing("sparse", FrontMatter("Sparse Program", At("01608")));

    private static readonly Listing Closed = Listing("closed", FrontMatter("Closed Program",
        "conditions: [anxiety]", "insurance: [bcbs]", "accepting_new_patients: false", "last_reviewed: 2025-11-01",
        Schedule(Track("mon, tue, wed, thu, fri", "09:00", "12:00", "Morning"))));

    private static ChecklistResult Score(string query, params Listing[] listings)
    {
        var pairs = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string?>(p[0], Uri.UnescapeDataString(p[1]))).ToList();
        var parsed = new ChecklistParser(TestCatalog.Taxonomy).Parse(pairs);
        Assert.Empty(parsed.Errors);
        return new ChecklistScorer(TestCatalog.Taxonomy, ZipTable.Default, new FixedClock(Today)).Score(parsed.Request, listings);
    }

    private static CriterionResult Criterion(ChecklistResult result, string id, string need) =>
        result.Programs.Single(p => p.Listing.Id == id).Criteria.Single(c => c.Need == need);

    [Theory]
    [InlineData("condition=depression", "full", CriterionOutcome.Met, 1.0, CriterionReason.Lists)]
    [InlineData("condition=depression&condition=ptsd", "full", CriterionOutcome.Partial, 0.5, CriterionReason.ListsSome)]
    [InlineData("condition=ptsd", "full", CriterionOutcome.Unmet, 0.0, CriterionReason.DoesNotList)]
    [InlineData("modality=dbt&modality=cbt&modality=emdr", "full", CriterionOutcome.Partial, 0.6667, CriterionReason.ListsSome)]
    [InlineData("modality=dbt", "sparse", CriterionOutcome.Unknown, 0.0, CriterionReason.NotListed)]
    [InlineData("insurance=medicaid", "full", CriterionOutcome.Met, 1.0, CriterionReason.Lists)]
    [InlineData("insurance=medicaid", "closed", CriterionOutcome.Unmet, 0.0, CriterionReason.DoesNotList)]
    [InlineData("insurance=medicaid", "sparse", CriterionOutcome.Unknown, 0.0, CriterionReason.NotListed)]
    [InlineData("format=virtual", "full", CriterionOutcome.Met, 1.0, CriterionReason.Lists)]
    [InlineData("format=virtual", "sparse", CriterionOutcome.Unmet, 0.0, CriterionReason.DoesNotList)]
    [InlineData("age=adolescents", "full", CriterionOutcome.Unmet, 0.0, CriterionReason.DoesNotList)]
    [InlineData("age=adolescents", "sparse", CriterionOutcome.Unknown, 0.0, CriterionReason.NotListed)]
    [InlineData("language=es", "full", CriterionOutcome.Unmet, 0.0, CriterionReason.DoesNotList)]
    [InlineData("accreditation=carf", "full", CriterionOutcome.Met, 1.0, CriterionReason.Lists)]
    [InlineData("time=evening", "full", CriterionOutcome.Met, 1.0, CriterionReason.TrackFits)]
    [InlineData("time=evening", "closed", CriterionOutcome.Unmet, 0.0, CriterionReason.NoTrackFits)]
    [InlineData("time=evening", "sparse", CriterionOutcome.Unknown, 0.0, CriterionReason.NoSchedule)]
    [InlineData("day=mon&day=wed&day=thu", "full", CriterionOutcome.Met, 1.0, CriterionReason.TrackFits)]
    [InlineData("day=mon&day=wed", "full", CriterionOutcome.Unmet, 0.0, CriterionReason.NoTrackFits)]
    [InlineData("max_hours=9", "full", CriterionOutcome.Met, 1.0, CriterionReason.TrackFits)]
    [InlineData("max_hours=9", "closed", CriterionOutcome.Unmet, 0.0, CriterionReason.NoTrackFits)]
    [InlineData("near=02139&radius=10", "full", CriterionOutcome.Met, 1.0, CriterionReason.InReach)]
    [InlineData("near=01608&radius=5", "full", CriterionOutcome.Met, 1.0, CriterionReason.VirtualInState)]
    [InlineData("near=10001&radius=5", "full", CriterionOutcome.Unmet, 0.0, CriterionReason.OutOfReach)]
    [InlineData("w.psychiatrist-on-staff=2", "full", CriterionOutcome.Met, 1.0, CriterionReason.Lists)]
    [InlineData("w.psychiatrist-on-staff=2", "sparse", CriterionOutcome.Unknown, 0.0, CriterionReason.NotListed)]
    [InlineData("w.accepting=2", "full", CriterionOutcome.Met, 1.0, CriterionReason.Says)]
    [InlineData("w.accepting=2", "closed", CriterionOutcome.Unmet, 0.0, CriterionReason.SaysNot)]
    [InlineData("w.accepting=2", "sparse", CriterionOutcome.Unknown, 0.0, CriterionReason.NotListed)]
    [InlineData("w.accreditation=2", "full", CriterionOutcome.Met, 1.0, CriterionReason.Lists)]
    [InlineData("w.accreditation=2", "sparse", CriterionOutcome.Unknown, 0.0, CriterionReason.NotListed)]
    [InlineData("w.fresh=2", "full", CriterionOutcome.Met, 1.0, CriterionReason.Reviewed)]
    [InlineData("w.fresh=2", "closed", CriterionOutcome.Unmet, 0.0, CriterionReason.ReviewedLongAgo)]
    [InlineData("w.fresh=2", "sparse", CriterionOutcome.Unmet, 0.0, CriterionReason.NeverReviewed)]
    public void Score_EachNeedGivesOutcomeCreditAndReason(string query, string id, CriterionOutcome outcome, double credit, CriterionReason reason)
    {
        var need = query.Split('&')[0].Split('=')[0].Replace("w.", "");
        var criterion = Criterion(Score(query, Full, Sparse, Closed), id, need);
        Assert.Equal(outcome, criterion.Result);
        Assert.Equal(credit, criterion.Credit, 3);
        Assert.Equal(reason, criterion.Reason);
    }

    public static TheoryData<string, string, CriterionOutcome, CriterionReason> UnknownIsNotNo => new()
    {
        // A listing naming only the broader term, or co-occurring care, doesn't say about a specific condition.
        { "conditions: [mental-health, ptsd]", "condition=depression", CriterionOutcome.Unknown, CriterionReason.OnlyBroader },
        { "conditions: [substance-use, co-occurring]", "condition=depression", CriterionOutcome.Unknown, CriterionReason.OnlyBroader },
        { "conditions: [opioid-use, co-occurring]", "condition=alcohol-use", CriterionOutcome.Unmet, CriterionReason.DoesNotList },
        { "conditions: [substance-use]", "condition=opioid-use", CriterionOutcome.Unknown, CriterionReason.OnlyBroader },
        { "conditions: [depression]", "condition=mental-health", CriterionOutcome.Met, CriterionReason.Lists },
        { "conditions: [anxiety]", "condition=depression", CriterionOutcome.Unmet, CriterionReason.DoesNotList },
        { "insurance: [private]", "insurance=aetna", CriterionOutcome.Unknown, CriterionReason.OnlyBroader },
        { "insurance: [aetna]", "insurance=private", CriterionOutcome.Met, CriterionReason.Lists },
        { "modalities: [cbt]", "modality=dbt", CriterionOutcome.Unknown, CriterionReason.OnlyBroader },
        { "medications: [naltrexone]", "medication=buprenorphine", CriterionOutcome.Unmet, CriterionReason.DoesNotList },
        { "conditions: [depression]", "medication=buprenorphine", CriterionOutcome.Unknown, CriterionReason.NotListed },
        { "features: [peer-support]", "feature=transportation", CriterionOutcome.Unknown, CriterionReason.NotListed },
        { "genders: [female]", "gender=male", CriterionOutcome.Unmet, CriterionReason.DoesNotList },
        { "populations: [pregnant-postpartum]", "population=women", CriterionOutcome.Met, CriterionReason.Lists },
    };

    [Theory]
    [MemberData(nameof(UnknownIsNotNo))]
    public void Score_ThreeValuedTerms_UnknownIsNotNo(string field, string query, CriterionOutcome outcome, CriterionReason reason)
    {
        var listing = Listing("x", FrontMatter("X", field));
        var criterion = Score(query.Replace("=", "=") + "&w." + query.Split('=')[0] + "=3", listing).Programs[0].Criteria[0];
        Assert.Equal((outcome, reason), (criterion.Result, criterion.Reason));
        // Not listed is a question to ask, never a missed must-have.
        Assert.Equal(outcome == CriterionOutcome.Unmet, Score(query + "&w." + query.Split('=')[0] + "=3", listing).Programs[0].MissedMustHaves.Count == 1);
    }

    [Fact]
    public void Score_KnownShareIsTheWeightOfAnsweredNeeds()
    {
        // accepting (3) unknown, insurance (2) met, fresh (1) unmet: the listing answers 3 of 6 weight.
        var listing = Listing("x", FrontMatter("X", "insurance: [medicaid]"));
        var program = Score("insurance=medicaid&w.accepting=3&w.fresh=1", listing).Programs[0];
        Assert.Equal(0.5, program.KnownShare);
        Assert.Equal((2, 3), program.Answers);
    }

    [Fact]
    public void Score_ListingThatSaysNothing_NeverReadsAsAPerfectMatch()
    {
        var program = Score("w.accepting=2&w.fresh=2&w.schedule=2", Sparse).Programs[0];
        Assert.Equal(0, program.Score);
        Assert.Equal(0.33, program.KnownShare);
    }

    [Fact]
    public void Score_WithNoNeeds_ScoresNothingAndAsksWhatTheListingLeavesOut()
    {
        var result = Score("", Full, Sparse);
        Assert.All(result.Programs, p =>
        {
            Assert.False(p.Scored);
            Assert.Null(p.Score);
            Assert.Null(p.KnownShare);
            Assert.Empty(p.Criteria);
        });
        // Unscored, the questions are the program page's: what the listing leaves out.
        var sparse = result.Programs.Single(p => p.Listing.Id == "sparse");
        Assert.Equal(IntakeQuestions.For(Sparse, sparse.Today), sparse.Questions);
    }

    [Fact]
    public void Score_EqualScoreAndKnownShare_NearestFirst()
    {
        // Both list Medicaid and both are within 100 miles of 02139: the nearer one leads, whatever the names.
        var far = Listing("far", FrontMatter("Aardvark Far IOP", "insurance: [medicaid]", At("01608")));
        var near = Listing("near", FrontMatter("Zephyr Near IOP", "insurance: [medicaid]", At("02138")));
        var result = Score("insurance=medicaid&near=02139&radius=100", far, near);
        Assert.Equal(result.Programs[0].Score, result.Programs[1].Score);
        Assert.Equal(["near", "far"], result.Programs.Select(p => p.Listing.Id));
    }

    [Fact]
    public void Score_IsWeightedAverageOfCreditsWithUnknownAsZero()
    {
        // insurance must-have (3) met, modality important (2) at 1/2, psychiatrist nice (1) unknown: (3 + 1 + 0) / 6.
        var result = Score("insurance=medicaid&w.insurance=3&modality=dbt&modality=emdr&w.psychiatrist-on-staff=1",
            Listing("x", FrontMatter("X", "insurance: [medicaid]", "modalities: [dbt]")));
        Assert.Equal(66.7, result.Programs[0].Score);
    }

    [Fact]
    public void Score_MissedMustHavesAreFlaggedButNeverHidden()
    {
        var result = Score("insurance=medicaid&w.insurance=3&condition=anxiety", Full, Closed);
        Assert.Equal(2, result.Programs.Count);
        var closed = result.Programs.Single(p => p.Listing.Id == "closed");
        Assert.Equal(["insurance"], closed.MissedMustHaves);
        Assert.Equal((1, 0), (closed.MustHaves, closed.MustHavesMet));
        Assert.Empty(result.Programs.Single(p => p.Listing.Id == "full").MissedMustHaves);
    }

    [Fact]
    public void Score_UnknownMustHaveIsAQuestionNotAMiss()
    {
        var sparse = Score("insurance=medicaid&w.insurance=3", Sparse).Programs[0];
        Assert.Empty(sparse.MissedMustHaves);
        Assert.Equal([new Question("insurance", ["medicaid"])], sparse.Questions);
    }

    [Fact]
    public void Score_OrdersBestFirstAndTiesByName()
    {
        var result = Score("condition=anxiety", Closed, Full, Listing("also", FrontMatter("Also Program", "conditions: [anxiety]")));
        Assert.Equal(["Also Program", "Closed Program", "Full Program"], result.Programs.Select(p => p.Listing.Name));
        var ranked = Score("insurance=medicaid", Closed, Full);
        Assert.Equal("full", ranked.Programs[0].Listing.Id);
    }

    [Fact]
    public void Score_ZeroWeightNeedShowsButDoesNotCount()
    {
        var program = Score("insurance=medicaid&w.insurance=0&condition=anxiety", Closed).Programs[0];
        Assert.Equal(100, program.Score);
        Assert.Contains(program.Criteria, c => c.Need == "insurance" && c.Weight == 0 && c.Result == CriterionOutcome.Unmet);
    }

    [Fact]
    public void Score_WithNoWeightedNeeds_IsNotScored()
    {
        Assert.Null(Score("w.fresh=0", Full).Programs[0].Score);
        // A need shown at "doesn't matter" keeps its row but weighs nothing: still no score.
        Assert.Null(Score("insurance=medicaid&w.insurance=0", Full).Programs[0].Score);
    }

    [Fact]
    public void Score_NeedWithoutWeightIsImportant_QualityCriterionOnlyWithWeight()
    {
        var program = Score("insurance=medicaid", Full).Programs[0];
        Assert.Equal(2, Assert.Single(program.Criteria).Weight);
    }

    [Fact]
    public void Score_FreshIsRelativeToTheInjectedClock()
    {
        var listing = Listing("x", FrontMatter("X", "last_reviewed: 2025-11-25"));
        var parsed = new ChecklistParser(TestCatalog.Taxonomy).Parse([new("w.fresh", "3")]);
        CriterionOutcome On(DateTimeOffset now) =>
            new ChecklistScorer(TestCatalog.Taxonomy, ZipTable.Default, new FixedClock(now)).Score(parsed.Request, [listing]).Programs[0].Criteria[0].Result;
        Assert.Equal(CriterionOutcome.Met, On(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(CriterionOutcome.Unmet, On(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Score_UnknownsBecomeQuestionsMostImportantFirst()
    {
        var questions = Score("w.crisis-plan=1&w.psychiatrist-on-staff=3&time=evening", Sparse).Programs[0].Questions;
        Assert.Equal(["psychiatrist-on-staff", "schedule", "crisis-plan"], questions.Select(q => q.Topic));
    }

    [Fact]
    public void Score_UnknownPlace_DropsTheDistanceNeedWithWarning()
    {
        var result = Score("near=99999&insurance=medicaid", Full);
        Assert.DoesNotContain(result.Programs[0].Criteria, c => c.Need == "near");
        Assert.Contains(new IopFinder.Core.Common.Notice(IopFinder.Core.Common.NoticeCode.PlaceNotFound, "near", "99999"), result.Warnings);
    }

    [Fact]
    public void Score_PointInTheSea_DropsTheDistanceNeedWithWarning()
    {
        var result = Score("near=30,-40&insurance=medicaid", Full);
        Assert.Null(result.Origin);
        Assert.DoesNotContain(result.Programs[0].Criteria, c => c.Need == "near");
        Assert.Contains(new IopFinder.Core.Common.Notice(IopFinder.Core.Common.NoticeCode.PlaceOutsideUnitedStates, "near", "30,-40"), result.Warnings);
    }

    [Fact]
    public void Score_AmbiguousCity_ScoresDistanceFromTheLikeliestAndNamesTheOthers()
    {
        var result = Score("near=Springfield&insurance=medicaid", Full);
        Assert.Equal("Springfield, IL", result.Origin?.Label);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(IopFinder.Core.Common.NoticeCode.PlaceAmbiguous, warning.Code);
        Assert.Contains("Springfield, MA", warning.Choices);
    }
}
