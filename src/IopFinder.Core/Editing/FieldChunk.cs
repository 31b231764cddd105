namespace IopFinder.Core.Editing;

/// <summary>One top-level field of a listing file as written: its key and its lines (or the body's text under <c>body</c>).</summary>
public sealed record FieldChunk(string Key, string Text);
