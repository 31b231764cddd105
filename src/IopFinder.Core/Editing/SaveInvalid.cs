namespace IopFinder.Core.Editing;

/// <summary>The form is not a valid listing: nothing was written; each problem is at its form key.</summary>
public sealed record SaveInvalid(IReadOnlyList<FormProblem> Problems) : SaveResult;
