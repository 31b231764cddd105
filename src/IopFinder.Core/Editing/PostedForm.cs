namespace IopFinder.Core.Editing;

/// <summary>A form read as fields: the values by key, the body, and what was refused.</summary>
internal sealed record PostedForm(IReadOnlyList<PostedValue> Values, string Body, IReadOnlyList<FormProblem> Problems);
