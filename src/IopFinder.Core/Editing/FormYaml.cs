namespace IopFinder.Core.Editing;

/// <summary>A listing file written from a form, with the form key of each of its lines.</summary>
/// <param name="Text">The file: front matter and body.</param>
/// <param name="Lines">The form key of each line of <paramref name="Text"/>.</param>
internal sealed record FormYaml(string Text, FormLineMap Lines);
