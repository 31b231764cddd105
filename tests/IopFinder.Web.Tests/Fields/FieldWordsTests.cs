using IopFinder.Core.Fields;
using IopFinder.Web.Tests.Shared.Localization;

namespace IopFinder.Web.Tests.Fields;

/// <summary>Every listing field has a label and plain-language help in English and Spanish, for the staff editor.</summary>
public class FieldWordsTests
{
    public static TheoryData<string> Keys => [.. ListingFields.All.SelectMany(f => new[] { f.LabelKey, f.HelpKey })];

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryField_HasItsWords_InBothLanguages(string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(ResourceFile.English.GetValueOrDefault(key)), $"{key} has no English");
        Assert.False(string.IsNullOrWhiteSpace(ResourceFile.Spanish.GetValueOrDefault(key)), $"{key} has no Spanish");
        Assert.NotEqual(ResourceFile.English[key], ResourceFile.Spanish[key]);
    }
}
