namespace IopFinder.Web.Manage.Editing;

/// <summary>What the editor posted, to show the form again: the listing inputs, the opened version, the body, and whether staff asked for a preview.</summary>
public sealed record EditorPost(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Values, string Version, string Body, bool Preview)
{
    /// <summary>The submit button that previews the body instead of saving.</summary>
    public const string PreviewInput = "_preview";

    /// <summary>A form that could not be read: nothing to show again.</summary>
    public static EditorPost Unreadable { get; } = new([], "", "", false);
}
