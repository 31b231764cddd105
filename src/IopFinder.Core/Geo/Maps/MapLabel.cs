namespace IopFinder.Core.Geo.Maps;

/// <summary>A state's count on the national map.</summary>
/// <param name="State">The state's USPS code.</param>
/// <param name="Text">What is written ("41").</param>
/// <param name="At">The centre of the text.</param>
/// <param name="Leader">Where a line from the state ends beside the text, when the text stands outside the state; null when it stands inside.</param>
/// <param name="From">The state's own label spot, where a leader starts.</param>
public sealed record MapLabel(string State, string Text, MapPoint At, MapPoint? Leader, MapPoint From);
