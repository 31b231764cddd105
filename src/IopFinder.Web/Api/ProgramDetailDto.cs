using IopFinder.Core.Listings;

namespace IopFinder.Web.Api;

/// <summary>The whole listing as <c>/api/programs/{id}</c> returns it, derived values included.</summary>
public sealed record ProgramDetailDto(
    string Id, string Name, string? Organization, string Url, IReadOnlyList<string> LevelsOfCare,
    IReadOnlyList<string> Conditions, IReadOnlyList<string> Modalities, IReadOnlyList<string> Ages,
    IReadOnlyList<string> Formats, IReadOnlyList<string> VirtualStates, IReadOnlyList<string> Insurance,
    IReadOnlyList<string> Languages, IReadOnlyList<string> Accreditation, IReadOnlyList<string> Features,
    object? ProgramWeeks, IReadOnlyList<object> Schedule, IReadOnlyList<object> Locations, Contact Contact,
    bool? AcceptingNewPatients, int? WaitlistWeeks, DateOnly? LastReviewed, IReadOnlyList<string> States,
    double? HoursPerWeekMin, double? HoursPerWeekMax, string Body)
{
    public static ProgramDetailDto From(Listing l) => new(
        l.Id, l.Name, l.Organization, ProgramUrls.Page(l.Id), l.LevelsOfCare, l.Conditions, l.Modalities, l.Ages,
        l.Formats, l.VirtualStates, l.Insurance, l.Languages, l.Accreditation, l.Features,
        l.ProgramWeeks is { } w ? new { min = w.Min, max = w.Max } : null,
        l.Schedule.Select(t => (object)new
        {
            track = t.Name,
            days = t.Days.Select(d => d.ToString()[..3].ToLowerInvariant()).ToList(),
            start = t.Start.ToString("HH:mm"),
            end = t.End.ToString("HH:mm"),
            hours_per_week = t.HoursPerWeek,
            time_of_day = t.TimeOfDay.ToString().ToLowerInvariant(),
        }).ToList(),
        l.Locations.Select(loc => (object)new
        {
            address = loc.Address, city = loc.City, state = loc.State, zip = loc.Zip,
            lat = loc.Point?.Lat, lon = loc.Point?.Lon, coordinates_from_zip = loc.PointFromZip,
        }).ToList(),
        l.Contact, l.AcceptingNewPatients, l.WaitlistWeeks, l.LastReviewed, l.States,
        l.MinHoursPerWeek, l.MaxHoursPerWeek, l.Body);
}
