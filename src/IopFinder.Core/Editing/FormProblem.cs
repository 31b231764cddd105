using IopFinder.Core.Common;

namespace IopFinder.Core.Editing;

/// <summary>A problem with an edited listing, at the form key the editor shows it next to ("" for the whole form).</summary>
/// <param name="Key">The input's name (<c>contact.phone</c>, <c>schedule[0].days</c>), its top-level field, or "".</param>
/// <param name="Message">The validator's message, or the form reader's in the same style: the English of <see cref="Code"/>.</param>
public sealed record FormProblem(string Key, string Message)
{
    /// <summary>A problem with its stable code and arguments, which the portal words in the reader's language.</summary>
    public FormProblem(string key, string message, string code, params string[] args) : this(key, message)
    {
        Code = code;
        Args = args;
    }

    /// <summary>A validator problem shown at <paramref name="key"/> ("" for the whole form), with its code and arguments.</summary>
    public static FormProblem Of(Diagnostic problem, string key = "") => new(key, problem.Message) { Code = problem.Code, Args = problem.Args };

    /// <summary>The stable code (<see cref="ProblemCodes"/>); null when there is only the English message.</summary>
    public string? Code { get; init; }

    /// <summary>The facts the message names, in its order (see <see cref="ProblemCodes"/>).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>The message is the code and its arguments in English, so it (with the key) decides whether two problems are the same.</summary>
    public bool Equals(FormProblem? other) => other is not null && Key == other.Key && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, Message);
}
