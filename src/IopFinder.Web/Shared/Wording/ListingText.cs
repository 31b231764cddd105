namespace IopFinder.Web.Shared.Wording;

/// <summary>A line a listing shows and the language it is written in, for the element's <c>lang</c>.</summary>
/// <param name="Text">The words, as shown.</param>
/// <param name="Lang">The language of <paramref name="Text"/>; null when it is the page's own (worded for the reader).</param>
public sealed record ListingText(string Text, string? Lang);
