using IopFinder.Core.Common;
using IopFinder.Core.Editing;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// A listing's problem in the page's language: Core gives its code and arguments (<see cref="ProblemCodes"/>), the
/// resources "Manage.Problem.{code}" word them. A problem without a code, or a code without words, reads as Core's English.
/// </summary>
public static class ProblemWords
{
    /// <summary>The resource key of a code's words.</summary>
    public static string KeyOf(string code) => "Manage.Problem." + code;

    /// <summary>The resource key of "did you mean", which words the closest-value argument of a <see cref="ProblemCodes.Hinted"/> code.</summary>
    public const string HintKey = "Manage.Problem.Hint";

    /// <summary>The problem's message as the reader of <paramref name="text"/> reads it.</summary>
    public static string Of(FormProblem problem, IStringLocalizer text)
    {
        if (problem.Code is not { } code) return problem.Message;
        object[] args = [.. problem.Args];
        if (ProblemCodes.Hinted.Contains(code) && args.Length > 0)
        {
            args[^1] = args[^1] is string { Length: > 0 } near ? text[HintKey, near].Value : "";
        }
        var words = text[KeyOf(code), args];
        return words.ResourceNotFound ? problem.Message : words.Value;
    }
}
