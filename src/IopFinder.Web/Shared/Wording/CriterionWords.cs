using System.Globalization;
using IopFinder.Core.Checklist;
using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>The checklist in words: a label for each need, a word for each outcome, and why, from the result's codes and facts.</summary>
public sealed class CriterionWords(IStringLocalizer text, TermWords terms, FilterWords filters, ScheduleWords schedule, DateWords dates, DistanceWords distance, FilterRegistry registry)
{
    /// <summary>"Conditions: Depression, Anxiety", "Accepting new patients", a feature's label...</summary>
    public string Label(string need, SearchQuery values, ResolvedPlace? origin)
    {
        var filter = registry.Find(need);
        if (need == NeedNames.Accreditation && values.TermsOf(need).Count == 0) return text["Need.Label.accreditation"];
        // Terms and yes/no needs are worded alike for every such filter; the schedule's and the place's carry their values.
        return filter switch
        {
            null when need is NeedNames.Fresh or NeedNames.Schedule => text[$"Need.Label.{need}"],
            null => terms.Label(Filters.Feature.Vocabulary!, need),
            { IsTerms: true } => text["Need.Label.Terms", filters.Noun(filter), string.Join(", ", values.TermsOf(need).Select(id => terms.Label(filter, id)))],
            FlagFilter => filters.Noun(filter),
            TimeFilter => text["Need.Label.time", terms.Or(values.Times.Select(terms.TimeShort))],
            DayFilter => text["Need.Label.day", string.Join(", ", values.Days.Select(id => Core.Common.ScheduleIds.DayOf(id) is { } day ? TermWords.DayName(day) : id))],
            MaxHoursFilter => text["Need.Label.max_hours", ScheduleWords.Hours(values.MaxHours ?? 0)],
            NearFilter when origin is not null => text["Need.Label.near", Miles(values.Radius), origin.Label],
            _ => text["Need.Label.nearUnresolved", values.Near],
        };
    }

    /// <summary>The word of a cell: "Yes", "Partly", "No", "Not listed — ask".</summary>
    public string Outcome(CriterionOutcome outcome) => text[$"Outcome.{outcome}"];

    /// <summary>"Must have", "Important"...</summary>
    public string Importance(int weight) => text[$"Importance.{weight}"];

    /// <summary>Why a quality criterion matters, in one line.</summary>
    public string WhyItMatters(string criterion) => text[$"Criterion.{criterion}"];

    /// <summary>Why the cell says what it says.</summary>
    public string Why(CriterionResult c, Listing listing, SearchQuery values)
    {
        var filter = registry.Find(c.Need) ?? (c.Need == NeedNames.Fresh || c.Need == NeedNames.Schedule ? null : Filters.Feature);
        string List(IEnumerable<string> ids, bool or = false) =>
            filter is null ? string.Join(", ", ids) : or ? terms.OrInSentence(filter, ids) : terms.AndInSentence(filter, ids);
        return c.Reason switch
        {
            CriterionReason.Lists when c.Need == NeedNames.Accreditation && values.TermsOf(c.Need).Count == 0 => text["Why.Accredited", List(c.Matched)],
            CriterionReason.Lists when c.Need == Filters.Insurance.Parameter => text["Why.Lists.insurance", List(c.Matched)],
            CriterionReason.Lists => text["Why.Lists", List(c.Matched)],
            CriterionReason.ListsSome => ListsSome(c, values, List),
            CriterionReason.DoesNotList when c.Listed.Count > 0 => text["Why.DoesNotListInstead", List(c.Missing, or: true), List(c.Listed)],
            CriterionReason.DoesNotList => text["Why.DoesNotList", List(c.Missing, or: true)],
            CriterionReason.NotListed when filter is { Absence: AbsenceRule.EmptyField } => text["Why.NotListedField", filters.Noun(filter).ToLower(CultureInfo.CurrentCulture)],
            CriterionReason.NotListed => text["Why.NotListed"],
            CriterionReason.OnlyBroader => text["Why.OnlyBroader", List(c.Listed), List(c.Unknown, or: true)],
            CriterionReason.TrackFits => TrackFits(c, values),
            CriterionReason.NoTrackFits => NoTrackFits(c, listing, values),
            CriterionReason.NoSchedule => text["Why.NoSchedule"],
            CriterionReason.InReach => distance.Away(c.Miles ?? 0),
            CriterionReason.VirtualInState => text["Why.VirtualInState", c.State ?? ""],
            CriterionReason.OutOfReach => text["Why.OutOfReach", Miles(c.Miles ?? 0), Miles(values.Radius)],
            CriterionReason.NotInState when c.State is { } state => text["Why.NotInState", state],
            CriterionReason.NotInState => text["Why.NotInStateUnknown"],
            CriterionReason.PlaceNotFound => text["Why.PlaceNotFound"],
            // A yes/no need's answer is worded by its filter's resources (Filter.accepting.Yes, .No, .YesWait...).
            CriterionReason.Says when c.WaitWeeks is 1 => text[$"Filter.{c.Need}.YesWaitOne"],
            CriterionReason.Says when c.WaitWeeks is > 1 and var weeks => text[$"Filter.{c.Need}.YesWait", weeks],
            CriterionReason.Says => text[$"Filter.{c.Need}.Yes"],
            CriterionReason.SaysNot => text[$"Filter.{c.Need}.No"],
            CriterionReason.Reviewed => text["Why.Reviewed", Date(c.Date)],
            CriterionReason.ReviewedLongAgo => text["Why.ReviewedLongAgo", Date(c.Date)],
            CriterionReason.NeverReviewed => text["Why.NeverReviewed"],
            CriterionReason.ScheduleListed => $"{text["Why.ScheduleListed"]}: {schedule.Summary(listing)}",
            _ => c.Reason.ToString(),
        };
    }

    private string ListsSome(CriterionResult c, SearchQuery values, Func<IEnumerable<string>, bool, string> list)
    {
        var wanted = values.TermsOf(c.Need).Count;
        var parts = new List<string> { text["Why.ListsSome", c.Matched.Count, wanted, list(c.Matched, false)] };
        if (c.Unknown.Count > 0) parts.Add(text["Why.ListsSome.Unknown", list(c.Unknown, true)]);
        if (c.Missing.Count > 0) parts.Add(text["Why.ListsSome.Missing", list(c.Missing, true)]);
        return string.Join("; ", parts);
    }

    private string TrackFits(CriterionResult c, SearchQuery values)
    {
        var t = c.Track!;
        return c.Need switch
        {
            "time" => text["Why.TrackFits.time", t.Name, schedule.Days(t.Days), schedule.Range(t.Start, t.End), terms.TimeShort(Core.Common.ScheduleIds.Times[(int)t.TimeOfDay])],
            "day" => text["Why.TrackFits.day", t.Name, schedule.Days(t.Days)],
            _ => text["Why.TrackFits.max_hours", t.Name, ScheduleWords.Hours(t.HoursPerWeek), ScheduleWords.Hours(values.MaxHours ?? 0)],
        };
    }

    private string NoTrackFits(CriterionResult c, Listing l, SearchQuery values) => c.Need switch
    {
        "time" => text["Why.NoTrackFits.time", terms.Or(values.Times.Select(terms.TimeShort)), string.Join("; ", l.Schedule.Select(t => $"{t.Name} {schedule.Range(t.Start, t.End)}"))],
        "day" => text["Why.NoTrackFits.day", string.Join("; ", l.Schedule.Select(t => schedule.Days(t.Days)))],
        _ => text["Why.NoTrackFits.max_hours", ScheduleWords.Hours(l.MinHoursPerWeek ?? 0), ScheduleWords.Hours(values.MaxHours ?? 0)],
    };

    private static string Miles(double miles) => miles.ToString("0.#", CultureInfo.CurrentCulture);

    private string Date(DateOnly? date) => date is { } d ? dates.Short(d) : "";
}
