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
        // The 975×610 Albers frame and open sea east of it, where the small northeastern states' counts stand.
        Assert.Equal((975 + new NationalMapOptions().EastMargin, 610), (map.Width, map.Height));
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

    public static TheoryData<string, int> CountShapes() => new()
    {
        // Every state with a count of the widest kind the catalog gives today; thousands in the small states.
        { "every state", 999 },
        { "every state", 7 },
        { "only the small ones", 999 },
        { "only the small ones", 1234 },
    };

    private static Dictionary<string, int> Counts(string which, int count) => Builder.Build(new Dictionary<string, int>()).States
        .Where(s => which == "every state" || s.LabelRadius < 20)
        .ToDictionary(s => s.Region.State, _ => count);

    [Theory]
    [MemberData(nameof(CountShapes))]
    public void Build_EveryStateWithPrograms_HasItsCountOnce_NoneOverlapping(string which, int count)
    {
        var counts = Counts(which, count);
        var map = Builder.Build(counts);
        var font = new NationalMapOptions().LabelFontSize;

        Assert.Equal(counts.Keys.Order(), map.Labels.Select(l => l.State).Order());
        Assert.All(map.Labels, l => Assert.Equal(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), l.Text));
        var boxes = map.Labels.Select(l => (l.State, Box: NationalLabelLayout.TextBox(l.At, l.Text, font))).ToList();
        foreach (var (state, box) in boxes)
        {
            Assert.True(box.MinX >= 0 && box.MaxX <= map.Width && box.MinY >= 0 && box.MaxY <= map.Height, $"{state}'s count leaves the map");
            Assert.DoesNotContain(boxes, other => other.State != state && other.Box.Intersects(box));
        }
    }

    [Fact]
    public void Build_CountThatDoesNotFitItsState_StandsOutsideWithALeaderFromIt()
    {
        var map = Builder.Build(Counts("every state", 999));
        var byState = map.States.ToDictionary(s => s.Region.State);

        // Rhode Island, Delaware and DC have no room for three digits at a phone's size: their counts stand at sea, tied by a line.
        foreach (var small in new[] { "RI", "DE", "DC" })
        {
            var label = map.Labels.Single(l => l.State == small);
            Assert.NotNull(label.Leader);
            Assert.Equal(byState[small].Label, label.From);
            Assert.False(SvgPathRings.Contains(byState[small].PathData, label.At), $"{small}'s count is drawn on it");
        }
        // The big states keep theirs inside.
        foreach (var big in new[] { "TX", "CA", "MT" })
        {
            var label = map.Labels.Single(l => l.State == big);
            Assert.Null(label.Leader);
            Assert.True(SvgPathRings.Contains(byState[big].PathData, label.At));
        }
    }

    [Fact]
    public void Build_SameWidthsOfCounts_KeepTheLayout_TextsFollowTheCounts()
    {
        var first = Builder.Build(Counts("every state", 123));
        var second = Builder.Build(Counts("every state", 456));
        Assert.Equal(first.Labels.Select(l => l.At), second.Labels.Select(l => l.At));
        Assert.All(second.Labels, l => Assert.Equal("456", l.Text));
    }
}
