namespace IopFinder.Core.Common;

/// <summary>What a notice is about; the web layer words each one in the reader's language.</summary>
public enum NoticeCode
{
    /// <summary>A filter value that is not one of its ids was ignored (<see cref="Notice.Hint"/>: the closest id).</summary>
    UnknownValue,
    /// <summary>A number outside <see cref="Notice.Min"/>–<see cref="Notice.Max"/> or not a number.</summary>
    NotANumber,
    /// <summary>A whole number outside <see cref="Notice.Min"/>–<see cref="Notice.Max"/> or not one.</summary>
    NotAWholeNumber,
    /// <summary>Not true or false.</summary>
    NotTrueOrFalse,
    /// <summary>Not one of the sort orders.</summary>
    UnknownSort,
    /// <summary>Search words cut to <see cref="Notice.Max"/> characters.</summary>
    TextShortened,
    /// <summary>The place <see cref="Notice.Value"/> was not found, so distance does not limit the results.</summary>
    PlaceNotFound,
    /// <summary>A bare city name several states have: <see cref="Notice.Value"/> (the likeliest) was taken; <see cref="Notice.Choices"/> are the others.</summary>
    PlaceAmbiguous,
    /// <summary>The point <see cref="Notice.Value"/> lies in no state (sea, lake, another country), so distance does not limit the results.</summary>
    PlaceOutsideUnitedStates,
    /// <summary>The coordinates <see cref="Notice.Value"/> are no latitude (±90) and longitude (±180), so distance does not limit the results.</summary>
    PlaceOutOfRange,
    /// <summary>No place was given, but the search words held one (<see cref="Notice.Value"/>): it was taken out of the words and searched near.</summary>
    PlaceFromWords,
    /// <summary>The place named a whole state (<see cref="Notice.Value"/>, its code): the search takes that state's programs, with no distance.</summary>
    PlaceIsState,
    /// <summary>A big city that shares a state's name was taken (<see cref="Notice.Value"/>); <see cref="Notice.Hint"/> is the state's code, to offer it.</summary>
    PlaceAlsoState,
    /// <summary>The words asked for programs nearby ("near me") but no place was given: ask for one.</summary>
    PlaceNeeded,
    /// <summary>No program matched every word, so programs matching some are shown.</summary>
    SomeWordsOnly,
    /// <summary>Sorting by distance needs a place, so results are sorted by name.</summary>
    DistanceSortNeedsPlace,
    /// <summary>More programs chosen (<see cref="Notice.Value"/>) than can be compared (<see cref="Notice.Max"/>).</summary>
    TooManyPrograms,
    /// <summary>A comparison needs <c>ids</c>.</summary>
    IdsRequired,
    /// <summary>An importance was given for a need that does not exist.</summary>
    UnknownNeed,
    /// <summary>An importance was not 0, 1, 2 or 3.</summary>
    BadImportance,
    /// <summary>A chosen program (<see cref="Notice.Value"/>) is no longer listed.</summary>
    ProgramGone,
}

/// <summary>
/// A problem or remark about a request, as a code and its values; errors make a request malformed,
/// warnings say what was ignored or adjusted. Values from the request are cut short, never trusted.
/// </summary>
/// <param name="Code">What happened.</param>
/// <param name="Parameter">The query parameter concerned.</param>
/// <param name="Value">The offending value, at most 40 characters.</param>
/// <param name="Hint">A suggested correction, when one is close.</param>
/// <param name="Min">Lowest allowed number.</param>
/// <param name="Max">Highest allowed number, or a limit.</param>
public sealed record Notice(NoticeCode Code, string Parameter = "", string Value = "", string? Hint = null, double Min = 0, double Max = 0)
{
    /// <summary>Other readings the user may have meant (the other cities of an ambiguous name), likeliest first; usually empty.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>A value from a request, cut to 40 characters for display.</summary>
    public static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
