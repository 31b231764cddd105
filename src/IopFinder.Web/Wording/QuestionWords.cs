using IopFinder.Core.Checklist;
using IopFinder.Core.Filtering;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Wording;

/// <summary>"Questions to ask when you call", worded from the checklist's questions.</summary>
public sealed class QuestionWords(IStringLocalizer text, TermWords terms)
{
    /// <summary>One question.</summary>
    public string Say(Question q)
    {
        var filter = Filters.Find(q.Topic);
        if (q.Terms.Count > 0 && filter is not null)
        {
            var asked = terms.Or(filter, q.Terms);
            var specific = text[$"Question.{q.Topic}.Terms", asked];
            return specific.ResourceNotFound ? text["Question.Terms", asked] : specific;
        }
        if (q.Topic == Filters.Insurance.Parameter && q.Confirm) return text["Question.insurance.Confirm"];
        var general = text[$"Question.{q.Topic}"];
        if (!general.ResourceNotFound) return general;
        // A feature with no question of its own.
        return text["Question.Feature", terms.Label(Filters.Feature.Vocabulary!, q.Topic).ToLowerInvariant()];
    }

    /// <summary>Each question, without repeats.</summary>
    public IReadOnlyList<string> Say(IEnumerable<Question> questions) => [.. questions.Select(Say).Distinct()];
}
