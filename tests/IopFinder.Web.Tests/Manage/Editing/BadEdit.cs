namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>
/// A phone too short, a ZIP of letters and a track ending before it starts: the edit of the form tests, with
/// the message each language shows at each input (the English is the validator's own, as <c>validate</c> prints it).
/// </summary>
public static class BadEdit
{
    public static void Apply(List<KeyValuePair<string, string>> inputs)
    {
        EditorClient.Set(inputs, "contact.phone", "12");
        EditorClient.Set(inputs, "locations[0].zip", "ABCDE");
        EditorClient.Set(inputs, "schedule[0].start", "17:00");
        EditorClient.Set(inputs, "schedule[0].end", "09:00");
    }

    /// <summary>The id of the element that holds each key's messages on the page.</summary>
    public static IReadOnlyDictionary<string, string> ErrorIds { get; } = new Dictionary<string, string>
    {
        ["contact.phone"] = "f-contact-phone-error",
        ["locations[0].zip"] = "f-locations-0-zip-error",
        ["schedule[0].end"] = "f-schedule-0-end-error",
    };

    /// <summary>The message at each form key, in <paramref name="language"/>.</summary>
    public static IReadOnlyDictionary<string, string> Messages(string language) => language == "es"
        ? new Dictionary<string, string>
        {
            ["contact.phone"] = "el teléfono '12' debe tener de 7 a 15 dígitos, como \"617-555-0100\"",
            ["locations[0].zip"] = "el código postal 'ABCDE' debe tener cinco dígitos, como \"02139\"",
            ["schedule[0].end"] = "el horario termina a las 09:00, no después de empezar a las 17:00",
        }
        : new Dictionary<string, string>
        {
            ["contact.phone"] = "phone '12' must have 7 to 15 digits, like \"617-555-0100\"",
            ["locations[0].zip"] = "ZIP 'ABCDE' must be five digits in quotes, like \"02139\"",
            ["schedule[0].end"] = "track ends at 09:00, not after it starts at 17:00",
        };
}
