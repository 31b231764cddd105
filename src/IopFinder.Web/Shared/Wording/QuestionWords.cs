using IopFinder.Core.Checklist;
using IopFinder.Core.Filtering;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>"Questions to ask when you call", worded from the checklist's questions.</summary>
public sealed class QuestionWords(IStringLocalizer text, TermWords terms, FilterRegistry registry)
{
    /// <summary>One question: the topic's own wording when it has one, else the general one.</summary>
    public string Say(Question q)
    {
        var filter = registry.Find(q.Topic);
        if (q.Terms.Count > 0 && filter is not null)
        {
            var specific = $"Question.{q.Topic}.Terms";
            return text[ResourceKeys.Contains(specific) ? specific : "Question.Terms", terms.OrInSentence(filter, q.Terms)];
        }
        if (q.Topic == Filters.Insurance.Parameter && q.Confirm) return text["Question.insurance.Confirm"];
        var general = $"Question.{q.Topic}";
        if (ResourceKeys.Contains(general)) return text[general];
        // A feature with no question of its own.
        return text["Question.Feature", terms.InSentence(Filters.Feature, q.Topic)];
    }

    /// <summary>Each question, without repeats.</summary>
    public IReadOnlyList<string> Say(IEnumerable<Question> questions) => [.. questions.Select(Say).Distinct()];
}
