namespace IopFinder.Web.Manage.Editing;

/// <summary>What a field's partial renders: the form and one of its fields; <see cref="At"/> is the key whose messages to show.</summary>
public sealed record EditorSlot(EditorForm Form, EditorField Field)
{
    private readonly string? _at;

    public string Key => Field.Key;

    /// <summary>The resource key of the field's label.</summary>
    public string Label => Field.Definition.LabelKey;

    /// <summary>The input, entry or field the messages belong to (the field itself unless set).</summary>
    public string At { get => _at ?? Field.Key; init => _at = value; }

    public EditorSlot For(string key) => this with { At = key };
}
