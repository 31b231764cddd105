namespace IopFinder.Core.Editing;

/// <summary>One input of the form whose name is a field's key, with its non-blank values, cleaned.</summary>
internal sealed record PostedValue(FormKey Key, string Name, IReadOnlyList<string> Values);
