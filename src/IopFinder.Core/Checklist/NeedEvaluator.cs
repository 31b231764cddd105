using IopFinder.Core.Geo;
using IopFinder.Core.Listings;
using IopFinder.Core.Search;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Checklist;

/// <summary>
/// Answers one need for one listing (SPEC section 4): met, partly met, not met, or unknown when the
/// listing leaves the field out, with a one-line reason and, for unknowns, the question to ask.
/// </summary>
internal sealed class NeedEvaluator(Taxonomy.Taxonomy taxonomy, SearchQuery values, ResolvedPlace? origin, DateOnly today)
{
    private static readonly Dictionary<string, (string Vocabulary, string Noun)> TermNeeds = new()
    {
        ["condition"] = (VocabularyNames.Conditions, "conditions"),
        ["modality"] = (VocabularyNames.Modalities, "therapies"),
        ["insurance"] = (VocabularyNames.Insurance, "insurance"),
        ["format"] = (VocabularyNames.Formats, "format"),
        ["age"] = (VocabularyNames.Ages, "ages"),
        ["language"] = (VocabularyNames.Languages, "languages"),
        ["accreditation"] = (VocabularyNames.Accreditation, "accreditation"),
    };

    public CriterionResult Evaluate(Listing listing, Need need) => need.Name switch
    {
        "condition" or "modality" => Fraction(listing, need),
        "accreditation" when values.TermsOf("accreditation").Count == 0 => AnyAccreditation(listing, need),
        "insurance" or "format" or "age" or "language" or "accreditation" => AnyOf(listing, need),
        "time" or "day" or "max_hours" => new ScheduleNeed(values).Evaluate(listing, need),
        "near" => Near(listing, need),
        "accepting" => Accepting(listing, need),
        "fresh" => Fresh(listing, need),
        _ => Feature(listing, need),
    };

    private IReadOnlyList<string> ListingTerms(Listing l, string need) => need switch
    {
        "condition" => l.Conditions,
        "modality" => l.Modalities,
        "insurance" => l.Insurance,
        "format" => l.Formats,
        "age" => l.Ages,
        "language" => l.Languages,
        _ => l.Accreditation,
    };

    private string Labels(string need, IEnumerable<string> ids, string joiner = ", ") =>
        string.Join(joiner, ids.Select(taxonomy[TermNeeds[need].Vocabulary].Label));

    private string TermLabel(string need) =>
        $"{char.ToUpperInvariant(TermNeeds[need].Noun[0])}{TermNeeds[need].Noun[1..]}: {Labels(need, values.TermsOf(need))}";

    private CriterionResult Fraction(Listing l, Need need)
    {
        var wanted = values.TermsOf(need.Name);
        var has = ListingTerms(l, need.Name);
        var label = TermLabel(need.Name);
        var noun = TermNeeds[need.Name].Noun;
        if (has.Count == 0)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Unknown, 0, $"The listing does not name its {noun}",
                $"Do you offer {Labels(need.Name, wanted, " or ")}?");
        }
        var matched = wanted.Where(has.Contains).ToList();
        var credit = Math.Round((double)matched.Count / wanted.Count, 4);
        if (matched.Count == wanted.Count)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Met, 1, $"Lists {Labels(need.Name, matched, " and ")}");
        }
        if (matched.Count == 0)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Unmet, 0, $"Does not list {Labels(need.Name, wanted, " or ")}");
        }
        return new(need.Name, label, need.Weight, CriterionOutcome.Partial, credit,
            $"{matched.Count} of {wanted.Count} {noun} you asked for: {Labels(need.Name, matched)}");
    }

    private CriterionResult AnyOf(Listing l, Need need)
    {
        var wanted = values.TermsOf(need.Name);
        var has = ListingTerms(l, need.Name);
        var label = TermLabel(need.Name);
        if (has.Count == 0)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Unknown, 0, $"The listing does not name its {TermNeeds[need.Name].Noun}",
                need.Name == "insurance" ? $"Do you accept {Labels(need.Name, wanted, " or ")}?" : $"Do you offer {Labels(need.Name, wanted, " or ")}?");
        }
        var matched = wanted.Where(has.Contains).ToList();
        return matched.Count > 0
            ? new(need.Name, label, need.Weight, CriterionOutcome.Met, 1, $"{(need.Name == "insurance" ? "Takes" : "Offers")} {Labels(need.Name, matched, " and ")}")
            : new(need.Name, label, need.Weight, CriterionOutcome.Unmet, 0, $"Does not list {Labels(need.Name, wanted, " or ")}; lists {Labels(need.Name, has.Take(4))}");
    }

    private CriterionResult AnyAccreditation(Listing l, Need need) => l.Accreditation.Count > 0
        ? new(need.Name, "Accredited", need.Weight, CriterionOutcome.Met, 1, $"Accredited by {Labels("accreditation", l.Accreditation, " and ")}")
        : new(need.Name, "Accredited", need.Weight, CriterionOutcome.Unknown, 0, "The listing names no accreditation",
            "Is the program accredited, for example by the Joint Commission or CARF?");

    private CriterionResult Near(Listing l, Need need)
    {
        var radius = values.Radius;
        var label = origin is null ? $"Near {values.Near}" : $"Within {radius:0.#} miles of {origin.Label}";
        if (origin is null)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Unknown, 0, "We could not find that place", null);
        }
        var nearest = l.Locations.Where(x => x.Point is not null).Select(x => origin.Point.MilesTo(x.Point!.Value)).DefaultIfEmpty(double.PositiveInfinity).Min();
        if (nearest <= radius)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Met, 1, $"{nearest:0.0} miles away");
        }
        if (l.Formats.Contains("virtual") && origin.State is { } state && l.VirtualStates.Contains(state))
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Met, 1, $"Virtual care available in {state}");
        }
        return new(need.Name, label, need.Weight, CriterionOutcome.Unmet, 0,
            double.IsPositiveInfinity(nearest) ? $"Virtual only, not licensed in {origin.State ?? "your state"}" : $"{nearest:0} miles away, beyond your {radius:0.#}");
    }

    private CriterionResult Accepting(Listing l, Need need) => l.AcceptingNewPatients switch
    {
        true => new(need.Name, "Accepting new patients", need.Weight, CriterionOutcome.Met, 1,
            l.WaitlistWeeks is { } w and > 0 ? $"Accepting; usual wait about {w} week{(w == 1 ? "" : "s")}" : "Accepting new patients"),
        false => new(need.Name, "Accepting new patients", need.Weight, CriterionOutcome.Unmet, 0, "Not accepting new patients now"),
        null => new(need.Name, "Accepting new patients", need.Weight, CriterionOutcome.Unknown, 0, "The listing does not say",
            IntakeQuestions.AcceptingQuestion),
    };

    private CriterionResult Fresh(Listing l, Need need)
    {
        const string label = "Listing reviewed in the last year";
        if (l.LastReviewed is not { } reviewed)
        {
            return new(need.Name, label, need.Weight, CriterionOutcome.Unmet, 0, "No review date");
        }
        return today.DayNumber - reviewed.DayNumber <= 365
            ? new(need.Name, label, need.Weight, CriterionOutcome.Met, 1, $"Reviewed {reviewed:MMM d, yyyy}")
            : new(need.Name, label, need.Weight, CriterionOutcome.Unmet, 0, $"Last reviewed {reviewed:MMM d, yyyy}, over a year ago");
    }

    private CriterionResult Feature(Listing l, Need need)
    {
        var term = taxonomy[VocabularyNames.Features].Find(need.Name);
        var label = term?.Label ?? need.Name;
        return l.Features.Contains(need.Name)
            ? new(need.Name, label, need.Weight, CriterionOutcome.Met, 1, label)
            : new(need.Name, label, need.Weight, CriterionOutcome.Unknown, 0, "The listing does not say", FeatureQuestion(need.Name, label));
    }

    internal static string FeatureQuestion(string feature, string label) => feature switch
    {
        "psychiatrist-on-staff" => "Is there a psychiatrist on your team, and how often will I see them?",
        "outcome-tracking" => "How do you measure whether patients get better, and can you share your results?",
        "family-involvement" => "How can my family or supporters take part?",
        "crisis-plan" => "Will I leave with a written safety plan, and who do I call at night or on weekends?",
        "aftercare-planning" => "What care do you arrange for after the program ends?",
        _ => $"Do you offer: {label.ToLowerInvariant()}?",
    };
}
