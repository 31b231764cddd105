namespace IopFinder.Core.Common;

/// <summary>The content folder cannot serve at all: it is missing, unreadable, or its taxonomy is broken.</summary>
public sealed class CatalogLoadException(IReadOnlyList<Diagnostic> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>What is wrong, as <c>path:line: message</c>.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; } = problems;
}
