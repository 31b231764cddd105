using IopFinder.Core.Editing;
using IopFinder.Core.Fields;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// One problem as the editor's script shows it while staff type: the form key, the ids of the element it belongs to and
/// of its message (as the page renders them without script), the field's label in the page's language, and the message.
/// </summary>
public sealed record FieldProblemReply(string Key, string Target, string ErrorId, string Label, string Message)
{
    /// <summary>The problems of a checked form, worded for the page's language.</summary>
    public static IReadOnlyList<FieldProblemReply> Of(IReadOnlyList<FormProblem> problems, FieldRegistry fields, IStringLocalizer text) =>
        [.. problems.Select(p => new FieldProblemReply(p.Key, p.Key.Length == 0 ? "editor" : EditorForm.Id(p.Key),
            p.Key.Length == 0 ? "editor-error" : EditorForm.ErrorId(p.Key),
            LabelOf(p.Key, fields, text), ProblemWords.Of(p, text)))];

    /// <summary>"Contact — Phone": the field's label, and the part's when the key names one ("Manage.Edit.Part.phone").</summary>
    private static string LabelOf(string key, FieldRegistry fields, IStringLocalizer text)
    {
        if (FormKey.Parse(key) is not { } parsed || fields.Find(parsed.Field) is not { } field) return text["Manage.Edit.Problems"];
        var part = parsed.Part is { } name ? text[$"Manage.Edit.Part.{name}"] : null;
        return part is null || part.ResourceNotFound ? text[field.LabelKey] : $"{text[field.LabelKey]} — {part.Value}";
    }
}
