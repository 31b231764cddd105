namespace IopFinder.Core.Common;

/// <summary>A problem in a content file, at the line of the offending key.</summary>
public sealed record Diagnostic(string Path, int Line, string Message)
{
    /// <summary>
    /// The YAML key of the field the problem is about (<c>name</c>, <c>contact.phone</c>, <c>schedule[0].days</c>),
    /// so an editor can show the message at its input; null for a problem of the file as a whole.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>The <c>path:line: message</c> form staff and CI read.</summary>
    public override string ToString() => Line > 0 ? $"{Path}:{Line}: {Message}" : $"{Path}: {Message}";
}
