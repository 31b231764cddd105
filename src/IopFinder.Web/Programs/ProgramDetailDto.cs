using System.Globalization;
using System.Text.Json.Serialization;
using IopFinder.Core.Common;
using IopFinder.Core.Listings;
using IopFinder.Web.Shared.Api;
using IopFinder.Web.Shared.Links;

namespace IopFinder.Web.Programs;

/// <summary>
/// The whole listing as <c>/api/programs/{id}</c> returns it, derived values included. Its term lists are
/// not properties here: <see cref="ProgramDetailJson"/> adds one JSON property per term field definition,
/// and one per yes/no field registered beyond the built-in ones (kept in <see cref="Extra"/>).
/// </summary>
public sealed record ProgramDetailDto(
    string Id, string Name, string? Organization, string Url, [property: JsonIgnore] ListingTerms Terms,
    IReadOnlyList<string> VirtualStates, WeeksDto? ProgramWeeks, IReadOnlyList<TrackDto> Schedule, IReadOnlyList<LocationDto> Locations,
    Contact Contact, bool? AcceptingNewPatients, int? WaitlistWeeks, DateOnly? OpeningsUpdated, DateOnly? LastReviewed,
    ConfirmationDto? Confirmed, IReadOnlyList<string> States, double? HoursPerWeekMin, double? HoursPerWeekMax,
    IReadOnlyList<string> OtherServices, IReadOnlyList<SourceDto> Sources, string? DescriptionLanguage, string Body,
    ConfirmationStateDto Confirmation, [property: JsonIgnore] ExtraFlags Extra)
{
    /// <summary>
    /// The listing as the API shows it on <paramref name="today"/>: openings older than 30 days read as null
    /// ("doesn't say"; <c>openings_updated</c> still tells when they were set), the confirmation with its state.
    /// </summary>
    public static ProgramDetailDto From(Listing l, DateOnly today) => From(l, OpeningsRule.On(l, today), ConfirmationRule.On(l, today));

    private static ProgramDetailDto From(Listing l, OpeningsStatus openings, ConfirmationStatus confirmation) => new(
        l.Id, l.Name, l.Organization, ProgramUrls.Page(l.Id), l.Terms, l.VirtualStates,
        l.ProgramWeeks is { } w ? new WeeksDto(w.Min, w.Max) : null,
        [.. l.Schedule.Select(TrackDto.From)],
        [.. l.Locations.Select(LocationDto.From)],
        l.Contact, openings.AcceptingNewPatients, openings.WaitlistWeeks, l.OpeningsUpdated, l.LastReviewed,
        l.Confirmed is { } c ? new ConfirmationDto(c.Date, c.ById) : null, l.States,
        l.MinHoursPerWeek, l.MaxHoursPerWeek, l.OtherServices, [.. l.Sources.Select(s => new SourceDto(s.Name, s.Year, s.Imported))],
        l.DescriptionLanguage, l.Body, ConfirmationStateDto.From(confirmation), l.Extra);
}

/// <summary>How many weeks a program lasts.</summary>
public sealed record WeeksDto(int Min, int Max);

/// <summary>One schedule track with its derived hours and time of day.</summary>
public sealed record TrackDto(string Track, IReadOnlyList<string> Days, string Start, string End, double HoursPerWeek, string TimeOfDay)
{
    public static TrackDto From(Track t) => new(t.Name, [.. t.Days.Select(ScheduleIds.DayId)], t.Start.ToString("HH:mm", CultureInfo.InvariantCulture), t.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        t.HoursPerWeek, ScheduleIds.Times[(int)t.TimeOfDay]);
}

/// <summary>One in-person site.</summary>
public sealed record LocationDto(string? Address, string City, string State, string Zip, double? Lat, double? Lon, bool CoordinatesFromZip)
{
    public static LocationDto From(Location l) => new(l.Address, l.City, l.State, l.Zip, l.Point?.Lat, l.Point?.Lon, l.PointFromZip);
}

/// <summary>When the listing was last confirmed as still right, and by whom: <c>program</c> or <c>maintainer</c>.</summary>
public sealed record ConfirmationDto(DateOnly Date, string By);

/// <summary>A public directory the listing was imported from.</summary>
public sealed record SourceDto(string Name, int? Year, DateOnly? Imported);
