using IopFinder.Core.Fields;

namespace IopFinder.Web.Manage.Editing;

/// <summary>One field of the editor: its definition and, for a list of entries, how many entries to show (some empty, to add).</summary>
public sealed record EditorField(FieldDefinition Definition, int Entries)
{
    public string Key => Definition.Key;

    /// <summary>The partial that renders this kind of field: single values share one, groups of parts another.</summary>
    public string Partial => "~/Manage/Editing/_" + Definition.Kind switch
    {
        FieldKind.Text or FieldKind.Int or FieldKind.Date or FieldKind.Language => "Input",
        FieldKind.Contact or FieldKind.WeekRange => "Group",
        var kind => kind.ToString(),
    } + ".cshtml";

    /// <summary>The HTML input type of a single value or a group's part.</summary>
    public static string InputType(FieldKind kind, string? part = null) => (kind, part) switch
    {
        (FieldKind.Int, _) or (_, "min" or "max") => "number",
        (FieldKind.Date, _) or (_, "date") => "date",
        (_, "start" or "end") => "time",
        (_, "phone") => "tel",
        (_, "email") => "email",
        (_, "website") => "url",
        _ => "text",
    };
}
