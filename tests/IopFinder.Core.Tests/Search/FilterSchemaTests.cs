using IopFinder.Core.Filtering;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Search;

/// <summary>Each filter says what its query parameter takes, so the API document is written from the filters alone.</summary>
public class FilterSchemaTests
{
    [Theory]
    [InlineData("condition", ParameterShape.Values)]
    [InlineData("level", ParameterShape.Values)]
    [InlineData("state", ParameterShape.Values)]
    [InlineData("time", ParameterShape.Values)]
    [InlineData("day", ParameterShape.Values)]
    [InlineData("max_hours", ParameterShape.Number)]
    [InlineData("near", ParameterShape.Text)]
    [InlineData("accepting", ParameterShape.Flag)]
    public void Schema_HasTheShapeTheParameterIsReadIn(string parameter, ParameterShape shape)
    {
        var schema = Filters.Find(parameter)!.Schema(TestCatalog.Taxonomy);

        Assert.Equal(shape, schema.Shape);
        Assert.NotEmpty(schema.Description);
    }

    [Fact]
    public void Schema_OfAListFilter_AllowsExactlyTheValuesItReads()
    {
        Assert.Equal(TestCatalog.Taxonomy["conditions"].Ids, Filters.Condition.Schema(TestCatalog.Taxonomy).Values);
        Assert.Equal(Filters.Day.FixedValues, Filters.Day.Schema(TestCatalog.Taxonomy).Values);
        Assert.Contains("absent means iop", Filters.Level.Schema(TestCatalog.Taxonomy).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_OfLimits_IsTheRangeAndLengthTheParserKeeps()
    {
        var hours = Filters.MaxHours.Schema(TestCatalog.Taxonomy);
        Assert.Equal((MaxHoursFilter.Min, MaxHoursFilter.Max), (hours.Min, hours.Max));
        Assert.Equal(NearFilter.MaxPlaceLength, Filters.Near.Schema(TestCatalog.Taxonomy).MaxLength);
    }

    [Fact]
    public void Schema_OfARegisteredFlag_SaysWhatTrueKeeps()
    {
        Assert.Equal("true: only programs accepting new patients.", Filters.Accepting.Schema(TestCatalog.Taxonomy).Description);
        Assert.Equal("true: only programs that say yes (walk_ins).", new FlagFilter { Parameter = "walk_ins", Says = _ => null }.Schema(TestCatalog.Taxonomy).Description);
    }
}
