namespace IopFinder.Core.Listings;

/// <summary>Who confirmed that a listing is still right (<c>confirmed.by</c>).</summary>
public enum ConfirmedBy
{
    /// <summary>The program's own staff (<c>by: program</c>).</summary>
    Program,
    /// <summary>A directory maintainer who checked with the program (<c>by: maintainer</c>).</summary>
    Maintainer,
}
