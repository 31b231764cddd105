using IopFinder.Core.Common;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Search;

/// <summary>The query-string names of SPEC section 2, and which vocabulary each term filter draws from.</summary>
public static class SearchParameters
{
    /// <summary>Free text.</summary>
    public const string Text = "q";
    /// <summary>Time of day of a track.</summary>
    public const string Time = "time";
    /// <summary>Days a track meets.</summary>
    public const string Day = "day";
    /// <summary>Most hours a week.</summary>
    public const string MaxHours = "max_hours";
    /// <summary>ZIP, "City, ST" or "lat,lon".</summary>
    public const string Near = "near";
    /// <summary>Miles from <see cref="Near"/>.</summary>
    public const string Radius = "radius";
    /// <summary>Only programs accepting new patients.</summary>
    public const string Accepting = "accepting";
    /// <summary>Sort order.</summary>
    public const string Sort = "sort";
    /// <summary>Page number, from 1.</summary>
    public const string Page = "page";
    /// <summary>Results per page.</summary>
    public const string Size = "size";
    /// <summary>The format filter, a term filter over the formats vocabulary.</summary>
    public const string Format = "format";

    /// <summary>Term filters: parameter name → vocabulary, in the order the search page shows them.</summary>
    public static IReadOnlyList<(string Parameter, string Vocabulary)> TermFilters { get; } =
    [
        ("condition", VocabularyNames.Conditions),
        ("modality", VocabularyNames.Modalities),
        (Format, VocabularyNames.Formats),
        ("insurance", VocabularyNames.Insurance),
        ("age", VocabularyNames.Ages),
        ("language", VocabularyNames.Languages),
        ("accreditation", VocabularyNames.Accreditation),
        ("feature", VocabularyNames.Features),
    ];

    /// <summary>Time-of-day values.</summary>
    public static IReadOnlyList<string> Times => ScheduleIds.Times;

    /// <summary>Day values, Monday first.</summary>
    public static IReadOnlyList<string> Days { get; } = [.. ScheduleIds.Days.Select(d => d.Id)];

    /// <summary>Every parameter the search understands.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(
        TermFilters.Select(t => t.Parameter).Concat([Text, Time, Day, MaxHours, Near, Radius, Accepting, Sort, Page, Size]),
        StringComparer.Ordinal);
}
