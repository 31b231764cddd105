namespace IopFinder.Core.Common;

/// <summary>A problem in a content file, at the line of the offending key.</summary>
public sealed record Diagnostic(string Path, int Line, string Message)
{
    /// <summary>
    /// The YAML key of the field the problem is about (<c>name</c>, <c>contact.phone</c>, <c>schedule[0].days</c>),
    /// so an editor can show the message at its input; null for a problem of the file as a whole.
    /// </summary>
    public string? Field { get; init; }

    /// <summary>The problem's stable code (<see cref="ProblemCodes"/>), for a page to word it in its language; null for a file that is not a listing (YAML syntax, an unreadable file).</summary>
    public string? Code { get; init; }

    /// <summary>The facts the message names, in its order (see <see cref="ProblemCodes"/>).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>The message is the code and its arguments in English, so it (with the place) decides whether two problems are the same.</summary>
    public bool Equals(Diagnostic? other) =>
        other is not null && Path == other.Path && Line == other.Line && Message == other.Message && Field == other.Field;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Line, Message, Field);

    /// <summary>The <c>path:line: message</c> form staff and CI read.</summary>
    public override string ToString() => Line > 0 ? $"{Path}:{Line}: {Message}" : $"{Path}: {Message}";
}
