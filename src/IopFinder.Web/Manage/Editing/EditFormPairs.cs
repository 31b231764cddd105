using Microsoft.AspNetCore.Http;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// The editor's posted form as Core's form reader takes it: the inputs named by YAML key. Inputs
/// whose name starts with '_' belong to the page (antiforgery token, the version the form was
/// opened at) and are never a listing field.
/// </summary>
public static class EditFormPairs
{
    /// <summary>The hidden input that carries the version of the file as the form was opened.</summary>
    public const string VersionInput = "_version";

    /// <summary>The listing inputs of a form, each with all its values (checkboxes repeat a name).</summary>
    public static IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Of(IFormCollection form) =>
        [.. form.Where(p => !p.Key.StartsWith('_')).Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Key, [.. p.Value.Select(v => v ?? "")]))];
}
