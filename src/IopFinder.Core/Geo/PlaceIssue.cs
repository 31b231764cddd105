namespace IopFinder.Core.Geo;

/// <summary>What to tell the user about a <c>near</c> text; Web words it.</summary>
public enum PlaceIssue
{
    /// <summary>Found, nothing to say.</summary>
    None,

    /// <summary>Found: a bare city name that several states have; the likeliest was taken and the others are in <see cref="ResolvedPlace.Alternatives"/>.</summary>
    Ambiguous,

    /// <summary>Found: a <c>lat,lon</c> in no state (sea, a lake, Canada, Mexico). The point is kept, without a state; a search does not measure from it (see <see cref="Search.SearchPlace.Origin"/>).</summary>
    OutsideUnitedStates,

    /// <summary>Not found: the text is empty or only spaces.</summary>
    Empty,

    /// <summary>Not found: the text is longer than any place (<see cref="PlaceOptions.MaxLength"/>).</summary>
    TooLong,

    /// <summary>Not found: no ZIP, city or coordinate matches the text.</summary>
    NotFound,

    /// <summary>Not found: the text holds a 5-digit ZIP that the ZIP table does not know.</summary>
    ZipNotFound,

    /// <summary>Not found: a <c>lat,lon</c> with latitude outside ±90 or longitude outside ±180.</summary>
    OutOfRange,
}
