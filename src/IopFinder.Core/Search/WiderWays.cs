namespace IopFinder.Core.Search;

/// <summary>A wider radius and how many programs the same search finds within it.</summary>
/// <param name="Radius">Miles.</param>
/// <param name="Total">Programs matching within that radius.</param>
public sealed record RadiusStep(double Radius, int Total);

/// <summary>How many programs in the searched place's state offer virtual care and match the rest of the search.</summary>
/// <param name="State">Two-letter state of the searched place.</param>
/// <param name="Total">Programs with a site in that state, at any distance, that match every other filter.</param>
public sealed record StateTotal(string State, int Total);

/// <summary>
/// Where a search for a mental-health condition the public directories do not record ("depression")
/// leads: the day programs and the intensive outpatient programs that treat mental health, or mental
/// health with substance use, near the same place. Asked as the same search with the words that name
/// terms moved to their filters (<see cref="FromWords"/>), <see cref="AddedConditions"/> added to the
/// conditions, and the level of care set.
/// </summary>
/// <param name="Conditions">The conditions asked (as filters or in words), which no listing nearby names.</param>
/// <param name="FromWords">The terms read from the search words, as (filter parameter, term id).</param>
/// <param name="RestOfText">The search words left once those terms are taken out.</param>
public sealed record MentalHealthRoute(IReadOnlyList<string> Conditions, IReadOnlyList<(string Parameter, string TermId)> FromWords, string RestOfText)
{
    /// <summary>The taxonomy's "mental health" condition, broader than depression, anxiety and the rest.</summary>
    public const string MentalHealth = "mental-health";

    /// <summary>The taxonomy's co-occurring condition: mental health and substance use treated together.</summary>
    public const string CoOccurring = "co-occurring";

    /// <summary>The conditions the route adds to those asked.</summary>
    public static IReadOnlyList<string> AddedConditions { get; } = [MentalHealth, CoOccurring];

    /// <summary>Day programs (level php) treating mental health that match the rest of the search.</summary>
    public int DayPrograms { get; init; }

    /// <summary>Intensive outpatient programs treating mental health, or it with substance use, that match the rest of the search.</summary>
    public int IntensiveOutpatient { get; init; }
}
