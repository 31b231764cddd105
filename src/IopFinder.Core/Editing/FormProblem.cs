namespace IopFinder.Core.Editing;

/// <summary>A problem with an edited listing, at the form key the editor shows it next to ("" for the whole form).</summary>
/// <param name="Key">The input's name (<c>contact.phone</c>, <c>schedule[0].days</c>), its top-level field, or "".</param>
/// <param name="Message">The validator's message, or the form reader's in the same style.</param>
public sealed record FormProblem(string Key, string Message);
