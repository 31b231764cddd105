using IopFinder.Core.Checklist;
using IopFinder.Core.Search;
using IopFinder.Core.Tests.Support;
using IopFinder.Core.Common;

namespace IopFinder.Core.Tests.Checklist;

public class ChecklistParserTests
{
    private static ParsedChecklist Parse(params (string, string)[] pairs) =>
        new ChecklistParser(TestCatalog.Taxonomy).Parse(pairs.Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)).ToList());

    [Fact]
    public void Parse_IdsFromCommaListOrRepeats_Deduplicated()
    {
        var parsed = Parse(("ids", "a,b"), ("ids", "b, c"));
        Assert.Equal(["a", "b", "c"], parsed.Request.Ids);
    }

    [Fact]
    public void Parse_MoreThanSixIds_IsAnError()
    {
        var parsed = Parse(("ids", "a,b,c,d,e,f,g"));
        Assert.Equal(new Notice(NoticeCode.TooManyPrograms, "ids", "7", Max: 6), Assert.Single(parsed.Errors));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("-1")]
    [InlineData("high")]
    [InlineData("2.5")]
    public void Parse_BadWeight_IsAnError(string weight) =>
        Assert.Equal(new Notice(NoticeCode.BadImportance, "w.insurance", weight), Assert.Single(Parse(("insurance", "medicaid"), ("w.insurance", weight)).Errors));

    [Fact]
    public void Parse_UnknownNeedWeight_IsAWarning() =>
        Assert.Equal(new Notice(NoticeCode.UnknownNeed, "w.colour", "colour"), Assert.Single(Parse(("w.colour", "3")).Warnings));

    [Fact]
    public void Parse_NeedsFollowChecklistOrder()
    {
        var parsed = Parse(("w.fresh", "1"), ("time", "evening"), ("condition", "depression"), ("w.crisis-plan", "3"), ("w.outcome-tracking", "0"));
        Assert.Equal(["condition", "time", "crisis-plan", "fresh"], parsed.Request.Needs.Select(n => n.Name));
        Assert.True(parsed.Request.Needs.Single(n => n.Name == "crisis-plan").IsMustHave);
    }

    [Fact]
    public void Parse_DefaultLevelIsNoNeed_ButADayProgramAskedForIs()
    {
        Assert.DoesNotContain(Parse(("level", "iop"), ("insurance", "medicaid")).Request.Needs, n => n.Name == "level");
        Assert.Contains(Parse(("level", "php")).Request.Needs, n => n.Name == "level");
    }

    [Fact]
    public void Parse_NoNeedsAtAll_WeighsNothing()
    {
        // Nobody chose a criterion: none is added on the person's behalf (SPEC section 4).
        Assert.Empty(Parse(("ids", "a")).Request.Needs);
        Assert.Empty(Parse(("ids", "a"), ("w.fresh", "0")).Request.Needs);
        Assert.Equal(["crisis-plan"], Parse(("ids", "a"), ("w.crisis-plan", "2")).Request.Needs.Select(n => n.Name));
    }
}
