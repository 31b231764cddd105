using IopFinder.Core.Filtering;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;

namespace IopFinder.Core.Checklist;

/// <summary>
/// Answers one need for one listing (SPEC section 4) with the filters' own rules: met, partly met,
/// not met, or unknown when the listing leaves it out, with the reason as a code and its facts.
/// </summary>
internal sealed class NeedEvaluator(Taxonomy.Taxonomy taxonomy, SearchQuery values, ResolvedPlace? origin, DateOnly today, FilterRegistry filters)
{
    private readonly Dictionary<string, TermRule> _rules = filters.TermFilters.ToDictionary(f => f.Parameter, f => new TermRule(f, taxonomy));

    /// <summary>The day the needs are judged on (openings and confirmations lapse).</summary>
    public DateOnly Today => today;

    public CriterionResult Evaluate(Listing listing, Need need)
    {
        var filter = filters.Find(need.Name);
        if (need.Name == NeedNames.Accreditation && values.TermsOf(need.Name).Count == 0) return AnyAccreditation(listing, need);
        if (filter is null) return need.Name switch
        {
            NeedNames.Fresh => Fresh(listing, need),
            NeedNames.Schedule => ScheduleListed(listing, need),
            _ => Terms(listing, need, _rules[Filters.Feature.Parameter], [need.Name], fraction: false),
        };
        return filter.Credit switch
        {
            NeedCredit.Fraction => Terms(listing, need, _rules[filter.Parameter], values.TermsOf(filter.Parameter), fraction: true),
            NeedCredit.AnyOf => Terms(listing, need, _rules[filter.Parameter], values.TermsOf(filter.Parameter), fraction: false),
            NeedCredit.Schedule => Schedule(listing, need, (ScheduleFilter)filter),
            NeedCredit.Distance => Near(listing, need),
            _ => Flag(listing, need, (FlagFilter)filter),
        };
    }

    private static CriterionResult Terms(Listing l, Need need, TermRule rule, IReadOnlyList<string> wanted, bool fraction)
    {
        var verdicts = wanted.Select(w => (Id: w, Verdict: rule.Answer(l, w))).ToList();
        var matched = verdicts.Where(v => v.Verdict == Verdict.Yes).Select(v => v.Id).ToList();
        var missing = verdicts.Where(v => v.Verdict == Verdict.No).Select(v => v.Id).ToList();
        var unknown = verdicts.Where(v => v.Verdict == Verdict.Unknown).Select(v => v.Id).ToList();
        var listed = rule.Listed(l);
        if (matched.Count > 0 && (!fraction || matched.Count == wanted.Count))
        {
            return new(need.Name, need.Weight, CriterionOutcome.Met, 1, CriterionReason.Lists) { Matched = matched };
        }
        if (matched.Count > 0)
        {
            return new(need.Name, need.Weight, CriterionOutcome.Partial, Math.Round((double)matched.Count / wanted.Count, 4), CriterionReason.ListsSome)
                { Matched = matched, Missing = missing, Unknown = unknown };
        }
        if (unknown.Count > 0)
        {
            var ask = rule.AskAbout(unknown).ToHashSet();
            var broader = listed.Where(t => rule.Stated([t]).Any(ask.Contains)).ToList();
            var reason = broader.Count == 0 ? CriterionReason.NotListed : CriterionReason.OnlyBroader;
            return new(need.Name, need.Weight, CriterionOutcome.Unknown, 0, reason) { Unknown = unknown, Missing = missing, Listed = broader };
        }
        return new(need.Name, need.Weight, CriterionOutcome.Unmet, 0, CriterionReason.DoesNotList) { Missing = missing, Listed = [.. listed.Take(4)] };
    }

    private static CriterionResult AnyAccreditation(Listing l, Need need) => l.Accreditation.Count > 0
        ? new(need.Name, need.Weight, CriterionOutcome.Met, 1, CriterionReason.Lists) { Matched = l.Accreditation }
        : new(need.Name, need.Weight, CriterionOutcome.Unknown, 0, CriterionReason.NotListed);

    private CriterionResult Schedule(Listing l, Need need, ScheduleFilter filter)
    {
        // Each schedule need alone, as the search filter tests it: the other conditions count as "any".
        var (times, days, hours) = filter.Alone(values);
        if (l.Schedule.Count == 0) return new(need.Name, need.Weight, CriterionOutcome.Unknown, 0, CriterionReason.NoSchedule);
        return ScheduleRule.FirstFit(l, times, days, hours) is { } fit
            ? new(need.Name, need.Weight, CriterionOutcome.Met, 1, CriterionReason.TrackFits) { Track = fit }
            : new(need.Name, need.Weight, CriterionOutcome.Unmet, 0, CriterionReason.NoTrackFits);
    }

    private static CriterionResult ScheduleListed(Listing l, Need need) => l.Schedule.Count > 0
        ? new(need.Name, need.Weight, CriterionOutcome.Met, 1, CriterionReason.ScheduleListed)
        : new(need.Name, need.Weight, CriterionOutcome.Unknown, 0, CriterionReason.NoSchedule);

    private CriterionResult Near(Listing l, Need need)
    {
        if (origin is null) return new(need.Name, need.Weight, CriterionOutcome.Unknown, 0, CriterionReason.PlaceNotFound);
        var nearest = ReachRule.NearestMiles(l, origin.Point);
        var inReach = ReachRule.InReach(nearest, values.Radius);
        var virtualHere = ReachRule.VirtualInState(ReachRule.OffersVirtual(l), origin.State is { } s && l.VirtualStates.Contains(s));
        var miles = double.IsFinite(nearest) ? Math.Round(nearest, 1) : (double?)null;
        if (inReach) return new(need.Name, need.Weight, CriterionOutcome.Met, 1, CriterionReason.InReach) { Miles = miles };
        if (ReachRule.Matches(false, virtualHere, ReachRule.VirtualAcceptable(values.TermsOf(Filters.Format.Parameter))))
        {
            return new(need.Name, need.Weight, CriterionOutcome.Met, 1, CriterionReason.VirtualInState) { State = origin.State, Miles = miles };
        }
        return miles is null
            ? new(need.Name, need.Weight, CriterionOutcome.Unmet, 0, CriterionReason.NotInState) { State = origin.State }
            : new(need.Name, need.Weight, CriterionOutcome.Unmet, 0, CriterionReason.OutOfReach) { Miles = miles };
    }

    /// <summary>A yes/no filter: 1 when the listing says yes (with its wait, if the flag has one), 0 when no, unknown when silent.</summary>
    private CriterionResult Flag(Listing l, Need need, FlagFilter flag) => flag.SaysOn(l, today) switch
    {
        true => new(need.Name, need.Weight, CriterionOutcome.Met, 1, CriterionReason.Says) { WaitWeeks = flag.WaitWeeks?.Invoke(l) },
        false => new(need.Name, need.Weight, CriterionOutcome.Unmet, 0, CriterionReason.SaysNot),
        null => new(need.Name, need.Weight, CriterionOutcome.Unknown, 0, CriterionReason.NotListed),
    };

    private CriterionResult Fresh(Listing l, Need need)
    {
        if (l.LastReviewed is not { } reviewed) return new(need.Name, need.Weight, CriterionOutcome.Unmet, 0, CriterionReason.NeverReviewed);
        return today.DayNumber - reviewed.DayNumber <= 365
            ? new(need.Name, need.Weight, CriterionOutcome.Met, 1, CriterionReason.Reviewed) { Date = reviewed }
            : new(need.Name, need.Weight, CriterionOutcome.Unmet, 0, CriterionReason.ReviewedLongAgo) { Date = reviewed };
    }
}
