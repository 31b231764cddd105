namespace IopFinder.Core.Editing;

/// <summary>The form is not a valid listing: nothing was written; each problem is at its form key.</summary>
public sealed record SaveInvalid(IReadOnlyList<FormProblem> Problems) : SaveResult
{
    /// <summary>The messages by form key (an input, an entry like <c>schedule[0]</c>, a field, or "" for the whole form).</summary>
    public ILookup<string, string> ByKey => Problems.ToLookup(p => p.Key, p => p.Message, StringComparer.Ordinal);
}
