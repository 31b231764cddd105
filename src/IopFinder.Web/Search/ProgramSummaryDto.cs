using IopFinder.Core.Common;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Web.Shared.Api;
using IopFinder.Web.Shared.Links;

namespace IopFinder.Web.Search;

/// <summary>
/// One result of <c>/api/programs</c> (SPEC section 3), serialized in snake_case. <c>accepting_new_patients</c>
/// is null ("doesn't say") once the openings are older than 30 days; <c>confirmation</c> is the 90-day state.
/// </summary>
public sealed record ProgramSummaryDto(
    string Id,
    string Name,
    string? Organization,
    string Url,
    double? DistanceMiles,
    bool VirtualInState,
    IReadOnlyList<string> LevelsOfCare,
    IReadOnlyList<string> Formats,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Modalities,
    IReadOnlyList<string> Medications,
    IReadOnlyList<string> Insurance,
    IReadOnlyList<string> Ages,
    IReadOnlyList<string> Genders,
    IReadOnlyList<string> Populations,
    IReadOnlyList<string> Languages,
    double? HoursPerWeek,
    IReadOnlyList<string> TimesOfDay,
    IReadOnlyList<string> States,
    IReadOnlyList<string> VirtualStates,
    bool? AcceptingNewPatients,
    DateOnly? LastReviewed,
    IReadOnlyList<string> Unknown,
    ConfirmationStateDto Confirmation)
{
    /// <summary>A hit as the API shows it on <paramref name="today"/>.</summary>
    public static ProgramSummaryDto From(SearchHit hit, DateOnly today)
    {
        var l = hit.Listing;
        return new ProgramSummaryDto(
            l.Id, l.Name, l.Organization, ProgramUrls.Page(l.Id), hit.DistanceMiles, hit.VirtualInState,
            l.LevelsOfCare, l.Formats, l.Conditions, l.Modalities, l.Medications, l.Insurance, l.Ages, l.Genders, l.Populations, l.Languages,
            l.MinHoursPerWeek, [.. l.Schedule.Select(t => ScheduleIds.Times[(int)t.TimeOfDay]).Distinct()],
            l.States, l.VirtualStates, OpeningsRule.On(l, today).AcceptingNewPatients, l.LastReviewed, hit.Unknown,
            ConfirmationStateDto.From(ConfirmationRule.On(l, today)));
    }
}
