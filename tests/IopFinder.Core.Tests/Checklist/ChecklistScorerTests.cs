using IopFinder.Core.Checklist;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Tests.Support;
using static IopFinder.Core.Tests.Support.TestCatalog;

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
    [InlineData("condition=depression", "full", CriterionOutcome.Met, 1.0, "Lists Depression")]
    [InlineData("condition=depression&condition=ptsd", "full", CriterionOutcome.Partial, 0.5, "1 of 2 conditions you asked for: Depression")]
    [InlineData("condition=ptsd", "full", CriterionOutcome.Unmet, 0.0, "Does not list PTSD and trauma")]
    [InlineData("modality=dbt&modality=cbt&modality=emdr", "full", CriterionOutcome.Partial, 0.6667, "2 of 3 therapies you asked for:")]
    [InlineData("modality=dbt", "sparse", CriterionOutcome.Unknown, 0.0, "does not name its therapies")]
    [InlineData("insurance=medicaid", "full", CriterionOutcome.Met, 1.0, "Takes Medicaid")]
    [InlineData("insurance=medicaid", "closed", CriterionOutcome.Unmet, 0.0, "Does not list Medicaid")]
    [InlineData("insurance=medicaid", "sparse", CriterionOutcome.Unknown, 0.0, "does not name its insurance")]
    [InlineData("format=virtual", "full", CriterionOutcome.Met, 1.0, "Offers Virtual")]
    [InlineData("format=virtual", "sparse", CriterionOutcome.Unmet, 0.0, "Does not list Virtual")]
    [InlineData("age=adolescents", "full", CriterionOutcome.Unmet, 0.0, "Does not list")]
    [InlineData("age=adolescents", "sparse", CriterionOutcome.Unknown, 0.0, "does not name its ages")]
    [InlineData("language=es", "full", CriterionOutcome.Unmet, 0.0, "Does not list Spanish")]
    [InlineData("accreditation=carf", "full", CriterionOutcome.Met, 1.0, "Offers CARF")]
    [InlineData("time=evening", "full", CriterionOutcome.Met, 1.0, "Evening track Mon/Wed/Thu 5:30–8:30 pm fits your evenings")]
    [InlineData("time=evening", "closed", CriterionOutcome.Unmet, 0.0, "No evening track")]
    [InlineData("time=evening", "sparse", CriterionOutcome.Unknown, 0.0, "no schedule")]
    [InlineData("day=mon&day=wed&day=thu", "full", CriterionOutcome.Met, 1.0, "meets Mon/Wed/Thu")]
    [InlineData("day=mon&day=wed", "full", CriterionOutcome.Unmet, 0.0, "a day you cannot attend")]
    [InlineData("max_hours=9", "full", CriterionOutcome.Met, 1.0, "9 h/week, within your 9")]
    [InlineData("max_hours=9", "closed", CriterionOutcome.Unmet, 0.0, "Fewest hours: 15 h/week")]
    [InlineData("near=02139&radius=10", "full", CriterionOutcome.Met, 1.0, "miles away")]
    [InlineData("near=01608&radius=5", "full", CriterionOutcome.Met, 1.0, "Virtual care available in MA")]
    [InlineData("near=10001&radius=5", "full", CriterionOutcome.Unmet, 0.0, "beyond your 5")]
    [InlineData("w.psychiatrist-on-staff=2", "full", CriterionOutcome.Met, 1.0, "Psychiatrist on staff")]
    [InlineData("w.psychiatrist-on-staff=2", "sparse", CriterionOutcome.Unknown, 0.0, "does not say")]
    [InlineData("w.accepting=2", "full", CriterionOutcome.Met, 1.0, "Accepting")]
    [InlineData("w.accepting=2", "closed", CriterionOutcome.Unmet, 0.0, "Not accepting")]
    [InlineData("w.accepting=2", "sparse", CriterionOutcome.Unknown, 0.0, "does not say")]
    [InlineData("w.accreditation=2", "full", CriterionOutcome.Met, 1.0, "Accredited by CARF")]
    [InlineData("w.accreditation=2", "sparse", CriterionOutcome.Unknown, 0.0, "names no accreditation")]
    [InlineData("w.fresh=2", "full", CriterionOutcome.Met, 1.0, "Reviewed Jun 1, 2026")]
    [InlineData("w.fresh=2", "closed", CriterionOutcome.Unmet, 0.0, "over a year ago")]
    [InlineData("w.fresh=2", "sparse", CriterionOutcome.Unmet, 0.0, "No review date")]
    public void Score_EachNeedGivesOutcomeCreditAndReason(string query, string id, CriterionOutcome outcome, double credit, string why)
    {
        var need = query.Split('&')[0].Split('=')[0].Replace("w.", "");
        var criterion = Criterion(Score(query, Full, Sparse, Closed), id, need);
        Assert.Equal(outcome, criterion.Result);
        Assert.Equal(credit, criterion.Credit, 3);
        Assert.Contains(why, criterion.Why);
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
        Assert.Equal(["Do you accept Medicaid?"], sparse.Questions);
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
    public void Score_WithNoWeightedNeeds_IsZero() => Assert.Equal(0, Score("w.fresh=0", Full).Programs[0].Score);

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
        Assert.Equal(3, questions.Count);
        Assert.StartsWith("Is there a psychiatrist", questions[0]);
        Assert.Contains(questions, q => q.StartsWith("What days and times"));
    }

    [Fact]
    public void Score_UnknownPlace_DropsTheDistanceNeedWithWarning()
    {
        var result = Score("near=99999&insurance=medicaid", Full);
        Assert.DoesNotContain(result.Programs[0].Criteria, c => c.Need == "near");
        Assert.Contains(result.Warnings, w => w.Contains("99999"));
    }
}
