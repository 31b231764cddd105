using IopFinder.Core.Content;
using IopFinder.Core.Editing;
using IopFinder.Core.Geo;
using IopFinder.Core.Tests.Support;

namespace IopFinder.Core.Tests.Editing;

/// <summary>Editor forms as the staff editor posts them, and the readers the portal uses on them.</summary>
public static class EditForms
{
    public static ListingTextReader Texts { get; } = new(new ListingValidator(TestCatalog.Taxonomy, ZipTable.Default));

    public static ListingFormReader Reader(EditLimits? limits = null) => new(Texts, limits ?? new EditLimits());

    /// <summary>A complete, valid listing form.</summary>
    public static List<KeyValuePair<string, IReadOnlyList<string>>> Valid() =>
    [
        new("name", ["Harbor View IOP"]),
        new("organization", ["Harbor View Health"]),
        new("levels_of_care", ["iop"]),
        new("conditions", ["depression", "anxiety"]),
        new("formats", ["in-person"]),
        new("schedule[0].track", ["Evening"]),
        new("schedule[0].days", ["mon", "wed", "thu"]),
        new("schedule[0].start", ["17:30"]),
        new("schedule[0].end", ["20:30"]),
        new("locations[0].address", ["1 Main St"]),
        new("locations[0].city", ["Cambridge"]),
        new("locations[0].state", ["MA"]),
        new("locations[0].zip", ["02139"]),
        new("contact.phone", ["617-555-0100"]),
        new("contact.website", ["https://harbor.example.org"]),
        new("accepting_new_patients", ["true"]),
        new("program_weeks.min", ["6"]),
        new("program_weeks.max", ["8"]),
        new("body", ["Evening groups for working adults.\r\n\r\nCall to book an assessment."]),
    ];

    /// <summary>The valid form with inputs replaced (a value of null removes the input) or added.</summary>
    public static List<KeyValuePair<string, IReadOnlyList<string>>> With(params (string Key, string[]? Values)[] changes)
    {
        var form = Valid();
        foreach (var (key, values) in changes)
        {
            var at = form.FindIndex(p => p.Key == key);
            if (at >= 0) form.RemoveAt(at);
            if (values is not null) form.Insert(at >= 0 ? at : form.Count, new(key, values));
        }
        return form;
    }

    /// <summary>The valid form written as a listing file (for tests that start from a file on disk).</summary>
    public static string ValidText() => Reader().Read("harbor-view-iop", Valid(), null).Text!;
}
