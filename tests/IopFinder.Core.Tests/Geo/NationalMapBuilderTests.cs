using IopFinder.Core.Geo;
using IopFinder.Core.Geo.Maps;
using IopFinder.Core.Geo.Outlines;

namespace IopFinder.Core.Tests.Geo;

public class NationalMapBuilderTests
{
    private static readonly NationalMapBuilder Builder = new(UsOutlines.Default);

    [Fact]
    public void Build_HasEveryStateAndDcOnce()
    {
        var map = Builder.Build(new Dictionary<string, int>());
        var expected = UsStates.Names.Keys.Where(c => c is not ("PR" or "GU" or "VI" or "AS" or "MP")).Order();
        Assert.Equal(51, map.States.Count);
        Assert.Equal(expected, map.States.Select(s => s.Region.State).Order());
        Assert.All(map.States, s => Assert.NotEmpty(s.PathData));
        Assert.Equal((975, 610), (map.Width, map.Height));
    }

    [Fact]
    public void Build_LabelSpot_LiesInsideItsState()
    {
        var map = Builder.Build(new Dictionary<string, int>());
        Assert.All(map.States, s => Assert.True(SvgPathRings.Contains(s.PathData, s.Label), $"{s.Region.State} label outside"));
        Assert.True(map.States.Single(s => s.Region.State == "TX").LabelRadius > map.States.Single(s => s.Region.State == "RI").LabelRadius * 5);
    }

    [Fact]
    public void Build_AlaskaAndHawaii_AreInsetsInTheLowerLeft()
    {
        var map = Builder.Build(new Dictionary<string, int>());
        var maine = map.States.Single(s => s.Region.State == "ME").Label;
        foreach (var inset in map.States.Where(s => s.Region.State is "AK" or "HI"))
        {
            Assert.InRange(inset.Label.X, 0, map.Width / 2);
            Assert.InRange(inset.Label.Y, map.Height * 0.6, map.Height);
        }
        Assert.True(maine.X > map.Width * 0.85);
    }

    [Fact]
    public void Build_Counts_AreCarriedAndShadedByRank()
    {
        var counts = new Dictionary<string, int> { ["MA"] = 41, ["CA"] = 500, ["TX"] = 240, ["VT"] = 2, ["ZZ"] = 9 };
        var map = Builder.Build(counts);
        int Count(string s) => map.States.Single(x => x.Region.State == s).Count;
        int Shade(string s) => map.States.Single(x => x.Region.State == s).Shade;

        Assert.Equal((41, 500, 0), (Count("MA"), Count("CA"), Count("NY")));
        Assert.Equal(0, Shade("NY"));
        Assert.Equal(new NationalMapOptions().Shades, Shade("CA"));
        Assert.True(Shade("VT") >= 1 && Shade("VT") < Shade("MA") && Shade("MA") <= Shade("TX") && Shade("TX") <= Shade("CA"));
    }
}
