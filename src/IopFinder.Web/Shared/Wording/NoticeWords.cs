using System.Globalization;
using System.Text.RegularExpressions;
using IopFinder.Core.Geo;
using IopFinder.Core.Search;
using Microsoft.Extensions.Localization;
using IopFinder.Core.Common;
using IopFinder.Core.Filtering;

namespace IopFinder.Web.Shared.Wording;

/// <summary>Notices (errors and warnings about a request) in the reader's language.</summary>
public sealed partial class NoticeWords(IStringLocalizer text)
{
    /// <summary>One sentence for a notice.</summary>
    public string Say(Notice n) => n.Code switch
    {
        NoticeCode.UnknownValue when n.Hint is { } hint => text["Notice.UnknownValueHint", n.Parameter, n.Value, hint],
        NoticeCode.UnknownValue => text["Notice.UnknownValue", n.Parameter, n.Value],
        NoticeCode.NotANumber when n.Parameter == SearchParameters.Radius => text["Notice.NotANumber.radius", Number(n.Min), Number(n.Max)],
        NoticeCode.NotANumber => text["Notice.NotANumber", n.Parameter, Number(n.Min), Number(n.Max)],
        NoticeCode.NotAWholeNumber => text["Notice.NotAWholeNumber", n.Parameter, Number(n.Min), Number(n.Max)],
        NoticeCode.NotTrueOrFalse => text["Notice.NotTrueOrFalse", n.Parameter],
        NoticeCode.UnknownSort => text["Notice.UnknownSort"],
        NoticeCode.TextShortened => text["Notice.TextShortened", Number(n.Max)],
        NoticeCode.PlaceNotFound when ZipPattern().IsMatch(n.Value) => text["Notice.ZipNotFound", n.Value],
        NoticeCode.PlaceNotFound => text["Notice.PlaceNotFound", n.Value],
        NoticeCode.PlaceAmbiguous => text["Notice.PlaceAmbiguous", n.Value, Places(n.Choices)],
        NoticeCode.PlaceOutsideUnitedStates => text["Notice.PlaceOutsideUnitedStates", n.Value],
        NoticeCode.PlaceOutOfRange => text["Notice.PlaceOutOfRange", n.Value],
        NoticeCode.PlaceFromWords => text["Notice.PlaceFromWords", n.Value],
        NoticeCode.PlaceIsState => text["Notice.PlaceIsState", UsStates.Names.GetValueOrDefault(n.Value, n.Value)],
        NoticeCode.PlaceAlsoState => text["Place.AlsoState", UsStates.Names.GetValueOrDefault(n.Hint ?? "", n.Hint ?? "")],
        NoticeCode.PlaceNeeded => text["Place.Needed"],
        NoticeCode.SomeWordsOnly => text["Notice.SomeWordsOnly"],
        NoticeCode.DistanceSortNeedsPlace => text["Notice.DistanceSortNeedsPlace"],
        NoticeCode.TooManyPrograms => text["Notice.TooManyPrograms", Number(n.Max), n.Value, ExtraPrograms(n)],
        NoticeCode.IdsRequired => text["Notice.IdsRequired"],
        NoticeCode.UnknownNeed => text["Notice.UnknownNeed", n.Value],
        NoticeCode.BadImportance => text["Notice.BadImportance", n.Parameter],
        NoticeCode.ProgramGone => text["Notice.ProgramGone", n.Value],
        _ => n.Code.ToString(),
    };

    /// <summary>Each notice's sentence.</summary>
    public IEnumerable<string> Say(IEnumerable<Notice> notices) => notices.Select(Say);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);

    // Place names hold commas ("Portland, ME"), so the list between them is kept apart with semicolons.
    private string Places(IReadOnlyList<string> places) =>
        places.Count < 2 ? places.FirstOrDefault() ?? "" : text["Join.Or", string.Join("; ", places.Take(places.Count - 1)), places[^1]];

    private static string ExtraPrograms(Notice n) =>
        int.TryParse(n.Value, CultureInfo.InvariantCulture, out var chosen) ? (chosen - (int)n.Max).ToString(CultureInfo.CurrentCulture) : "";

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex ZipPattern();
}
