using IopFinder.Web.Hsds;

namespace IopFinder.Web.Tests.Hsds;

public class HsdsAgeRangeTests
{
    [Theory]
    [InlineData("adults", 18, null)]
    [InlineData("adults,older-adults", 18, null)]
    [InlineData("older-adults", 65, null)]
    [InlineData("young-adults", 18, 25)]
    [InlineData("adolescents,young-adults", 13, 25)]
    [InlineData("children,adolescents", null, 17)]
    [InlineData("adolescents", 13, 17)]
    [InlineData("young-adults,adults", 18, null)]
    [InlineData("children,adults", null, null)]
    [InlineData("adolescents,older-adults", null, null)]
    [InlineData("adults,toddlers", null, null)]
    [InlineData("", null, null)]
    public void Of_GivesARangeOnlyWhenTheGroupsJoinUp(string groups, int? min, int? max) =>
        Assert.Equal((min, max), HsdsAgeRange.Of(groups.Split(',', StringSplitOptions.RemoveEmptyEntries)));
}
