using System.Text;
using IopFinder.Core.Geo.Maps;
using NetTopologySuite.Geometries;

namespace IopFinder.Core.Tests.Geo;

public class SvgPathDataTests
{
    [Theory]
    [InlineData(1, "M0 0l.8 0 0-.9z", new[] { 0.0, 0, 0.8, 0, 0.8, -0.85 })]
    [InlineData(2, "M0 0l12.05 0-12.05 3z", new[] { 0.0, 0, 12.05, 0, 0, 3 })]
    [InlineData(2, "M-1.5 2l1.5 0-.05-.07z", new[] { -1.5, 2, 0, 2, -0.05, 1.93 })]
    [InlineData(0, "M5 5l5 0 0-8z", new[] { 5.0, 5, 10, 5, 10, -3 })]
    [InlineData(1, "M0 0l10 0 0 10z", new[] { 0.0, 0, 0.04, 0.04, 10, 0, 10, 10 })]
    public void Ring_WritesRelativeStepsCompactly_DroppingRepeatedPoints(int decimals, string expected, double[] xy)
    {
        var ring = Enumerable.Range(0, xy.Length / 2).Select(i => new Coordinate(xy[2 * i], xy[2 * i + 1])).ToList();
        ring.Add(ring[0].Copy());
        var text = new StringBuilder();
        Assert.True(SvgPathData.Ring(text, [.. ring], decimals));
        Assert.Equal(expected, text.ToString());
    }

    [Fact]
    public void Ring_TooFewDistinctPointsToDraw_WritesNothing()
    {
        var text = new StringBuilder();
        Assert.False(SvgPathData.Ring(text, [new(0, 0), new(0.01, 0), new(1, 1), new(0, 0)], 0));
        Assert.Equal("", text.ToString());
    }
}
