using System.Globalization;
using IopFinder.Core.Content;
using IopFinder.Core.Editing;
using IopFinder.Core.Fields;

namespace IopFinder.Web.Manage.Editing;

/// <summary>
/// The editor form as a page shows it: the fields in canonical order, the input values by YAML key,
/// the validator's problems by key, and the file version the form was opened at.
/// </summary>
public sealed record EditorForm(string Version, IReadOnlyList<EditorField> Fields, ILookup<string, string> Values, IReadOnlyList<FormProblem> Problems)
{
    /// <summary>The body rendered as the program page renders it, when staff asked for a preview.</summary>
    public string? PreviewHtml { get; init; }

    /// <summary>The resource key of the submit button's words: "Save" in the editor, "Approve" when a maintainer edits a proposal.</summary>
    public string SubmitKey { get; init; } = "Manage.Edit.Save";

    /// <summary>The field a problem's key belongs to, for the summary's wording.</summary>
    public static string FieldOf(string key) => FormKey.Parse(key)?.Field ?? key;

    /// <summary>The first value of an input, or "".</summary>
    public string Value(string name) => Values[name].FirstOrDefault() ?? "";

    /// <summary>True when a checkbox or radio input carries this value.</summary>
    public bool Has(string name, string value) => Values[name].Contains(value, StringComparer.Ordinal);

    /// <summary>The messages at one key: an input, an entry (<c>schedule[0]</c>) or a field.</summary>
    public IReadOnlyList<FormProblem> Errors(string key) => [.. Problems.Where(p => p.Key == key)];

    /// <summary>The element id of a key: the input, or the fieldset of an entry or group.</summary>
    public static string Id(string key) => "f-" + key.Replace("[", "-", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal)
        .Replace(".", "-", StringComparison.Ordinal);

    /// <summary>The id of the messages shown at a key.</summary>
    public static string ErrorId(string key) => Id(key) + "-error";

    /// <summary>The id of a field's help.</summary>
    public static string HelpId(string key) => Id(key) + "-help";

    /// <summary>What an input at <paramref name="key"/> is described by: the field's help, and its messages when it has any.</summary>
    public string DescribedBy(string key, string field) =>
        Errors(key).Count > 0 ? $"{HelpId(field)} {ErrorId(key)}" : HelpId(field);

    /// <summary>The hours per week of a track as typed so far; null until days, start and end make sense.</summary>
    public string? HoursPerWeek(int track)
    {
        var days = Values[$"schedule[{track}].days"].Count();
        if (days == 0 || !TimeOnly.TryParse(Value($"schedule[{track}].start"), CultureInfo.InvariantCulture, out var start)
            || !TimeOnly.TryParse(Value($"schedule[{track}].end"), CultureInfo.InvariantCulture, out var end) || end <= start) return null;
        return ListingDeriver.HoursPerWeek(days, start, end).ToString("0.##", CultureInfo.CurrentCulture);
    }
}
