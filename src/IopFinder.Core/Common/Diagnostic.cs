namespace IopFinder.Core.Common;

/// <summary>A problem in a content file, at the line of the offending key.</summary>
public sealed record Diagnostic(string Path, int Line, string Message)
{
    /// <summary>The <c>path:line: message</c> form staff and CI read.</summary>
    public override string ToString() => Line > 0 ? $"{Path}:{Line}: {Message}" : $"{Path}: {Message}";
}
