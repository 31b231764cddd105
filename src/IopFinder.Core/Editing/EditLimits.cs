namespace IopFinder.Core.Editing;

/// <summary>
/// How much one editor form may carry. A form over a limit is refused with a message before any
/// YAML is built, so hostile input (10,000 tracks, a megabyte body) costs little and writes nothing.
/// </summary>
public sealed record EditLimits
{
    /// <summary>Schedule tracks a listing may have.</summary>
    public int MaxTracks { get; init; } = 20;

    /// <summary>Locations a listing may have (a chain lists each site).</summary>
    public int MaxLocations { get; init; } = 100;

    /// <summary>Characters in the Markdown body.</summary>
    public int MaxBodyChars { get; init; } = 20_000;

    /// <summary>Characters in any other single value.</summary>
    public int MaxValueChars { get; init; } = 1_000;

    /// <summary>Values posted under one key (the checkboxes of the largest vocabulary fit easily).</summary>
    public int MaxValuesPerKey { get; init; } = 300;

    /// <summary>Values in the whole form.</summary>
    public int MaxFormValues { get; init; } = 5_000;

    /// <summary>The list fields whose entries are posted by index (<c>schedule[0].days</c>), with how many each may have.</summary>
    public int? MaxEntries(string field) => field switch
    {
        "schedule" => MaxTracks,
        "locations" => MaxLocations,
        _ => null,
    };
}
