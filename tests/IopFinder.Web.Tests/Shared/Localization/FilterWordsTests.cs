using IopFinder.Core.Filtering;
using IopFinder.Web.Shared.Wording;

namespace IopFinder.Web.Tests.Shared.Localization;

/// <summary>
/// Every registered filter has the words the pages ask for it, in both languages: a filter registered
/// without its resources would show a resource name on the search form, the comparison or the "doesn't say" labels.
/// </summary>
public class FilterWordsTests
{
    public static TheoryData<string> Parameters => [.. Filters.All.Select(f => f.Parameter)];

    [Theory]
    [MemberData(nameof(Parameters))]
    public void EveryRegisteredFilter_HasItsWordsInEnglishAndSpanish(string parameter)
    {
        var keys = FilterWords.Keys(Filters.Find(parameter)!).ToList();

        Assert.Empty(keys.Except(ResourceFile.English.Keys));
        Assert.Empty(keys.Except(ResourceFile.Spanish.Keys));
    }

    [Fact]
    public void Keys_OfAYesNoFilter_IncludeItsChoiceAnswersQuestionAndDoesNotSayPhrase()
    {
        var keys = FilterWords.Keys(new FlagFilter { Parameter = "walk_ins", Says = _ => null });

        Assert.Equal(
            ["Filter.walk_ins.Legend", "Filter.walk_ins.Help", "Filter.walk_ins.Noun", "Filter.walk_ins.Option", "Filter.walk_ins.Yes",
             "Filter.walk_ins.No", "Unknown.Does.walk_ins", "Question.walk_ins"],
            keys);
    }
}
