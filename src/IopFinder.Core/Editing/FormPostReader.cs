using System.Globalization;
using IopFinder.Core.Common;
using static System.FormattableString;

namespace IopFinder.Core.Editing;

/// <summary>
/// The first pass over a posted form: every input name must be a field's key, in its shape, within
/// the limits. Cheap and bounded, so hostile forms are refused before any YAML is built.
/// </summary>
internal sealed class FormPostReader(EditLimits limits)
{
    /// <summary>Problems beyond this many are summed up in one line: a page of ten thousand messages helps nobody.</summary>
    private const int MaxProblems = 30;

    public PostedForm Read(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> form)
    {
        var problems = new List<FormProblem>();
        var values = new List<PostedValue>();
        var overLimit = new HashSet<string>(StringComparer.Ordinal);
        var body = "";
        var count = 0;
        foreach (var (name, posted) in form)
        {
            count += Math.Max(1, posted.Count);
            if (count > limits.MaxFormValues)
            {
                // What was found so far stays: ten thousand tracks are reported as too many tracks, not only as too many values.
                problems.Add(new FormProblem("", Invariant($"the form has more than {limits.MaxFormValues:N0} values; a listing needs far fewer"),
                    ProblemCodes.FormTooManyValues, Count(limits.MaxFormValues)));
                return new PostedForm([], "", Summed(problems));
            }
            var key = FormKey.Parse(name);
            if (key is null)
            {
                problems.Add(new FormProblem(FormText.Shorten(name), $"'{FormText.Shorten(name)}' is not a field of a listing", ProblemCodes.FormUnknownInput, FormText.Shorten(name)));
                continue;
            }
            if (key.Field == FormKey.Body)
            {
                body = Body(key, name, posted, problems) ?? body;
                continue;
            }
            if (Refusal(key, name, overLimit) is { } refusal)
            {
                problems.Add(refusal);
                continue;
            }
            var kept = posted.Where(v => !string.IsNullOrWhiteSpace(v)).Select(FormText.Line).ToList();
            if (kept.Count > limits.MaxValuesPerKey)
            {
                problems.Add(new FormProblem(name, Invariant($"'{name}' has {kept.Count:N0} values; it can have at most {limits.MaxValuesPerKey:N0}"),
                    ProblemCodes.FormKeyValues, name, Count(kept.Count), Count(limits.MaxValuesPerKey)));
            }
            else if (kept.FirstOrDefault(v => v.Length > limits.MaxValueChars) is { } tooLong)
            {
                problems.Add(new FormProblem(name, Invariant($"'{name}' has {tooLong.Length:N0} characters; it can have at most {limits.MaxValueChars:N0}"),
                    ProblemCodes.FormTooLong, name, Count(tooLong.Length), Count(limits.MaxValueChars)));
            }
            else
            {
                values.Add(new PostedValue(key, name, kept));
            }
        }
        problems.AddRange(MixedShapes(values));
        return new PostedForm(values, body, Summed(problems));
    }

    private string? Body(FormKey key, string name, IReadOnlyList<string> posted, List<FormProblem> problems)
    {
        if (key.Index is not null || key.Part is not null)
        {
            problems.Add(new FormProblem(name, $"'{name}' is not a field of a listing", ProblemCodes.FormUnknownInput, name));
            return null;
        }
        if (posted.Count > 1)
        {
            problems.Add(new FormProblem(FormKey.Body, "the description was sent twice; send it once", ProblemCodes.BodyTwice));
            return null;
        }
        var body = FormText.Lines(posted.Count == 0 ? "" : posted[0] ?? "");
        if (BodyCheck.Problem(body, limits) is not { } problem) return body;
        problems.Add(problem);
        return null;
    }

    /// <summary>Why a well-formed key cannot be taken: a field the portal keeps, or a list entry out of shape or range.</summary>
    private FormProblem? Refusal(FormKey key, string name, HashSet<string> overLimit)
    {
        var field = key.Field;
        if (CarriedFields.Contains(field))
        {
            return new FormProblem(name, $"'{field}' is kept by the portal and cannot be changed in this form", ProblemCodes.FormKeptField, field);
        }
        var max = limits.MaxEntries(field);
        if (max is null)
        {
            return key.Index is null ? null : new FormProblem(name, $"'{field}' has no numbered entries: name the input '{field}'", ProblemCodes.FormNoEntries, field);
        }
        if (key.Index is not { } index || key.Part is null)
        {
            var part = field == "schedule" ? "days" : "city";
            return new FormProblem(name, $"'{name}' must name one part of an entry, like '{field}[0].{part}'", ProblemCodes.FormEntryPart, name, field, part);
        }
        if (index < max) return null;
        // One message per list, not one per input: ten thousand tracks are one mistake.
        return overLimit.Add(field)
            ? new FormProblem(field, $"a listing can have at most {max} entries under '{field}' ({field}[0] to {field}[{max - 1}]), not {name}",
                ProblemCodes.FormTooManyEntries, Count(max.Value), field, Count(max.Value - 1), name)
            : null;
    }

    /// <summary>A field posted both as a value and as a group (<c>contact</c> and <c>contact.phone</c>) has no single meaning.</summary>
    private static IEnumerable<FormProblem> MixedShapes(IEnumerable<PostedValue> values) =>
        values.GroupBy(v => v.Key.Field, StringComparer.Ordinal)
            .Where(g => g.Select(v => v.Key.Part is null).Distinct().Count() > 1)
            .Select(g => (g.Key, Part: g.First(v => v.Key.Part is not null).Name))
            .Select(g => new FormProblem(g.Key, $"'{g.Key}' was sent both as one value and as parts like '{g.Part}'", ProblemCodes.FormMixedShapes, g.Key, g.Part));

    private static List<FormProblem> Summed(List<FormProblem> problems)
    {
        var distinct = problems.Distinct().ToList();
        if (distinct.Count <= MaxProblems) return distinct;
        return [.. distinct.Take(MaxProblems),
            new FormProblem("", Invariant($"and {distinct.Count - MaxProblems:N0} more problems"), ProblemCodes.FormMoreProblems, Count(distinct.Count - MaxProblems))];
    }

    /// <summary>A count as an argument, grouped as the English message groups it ("5,000").</summary>
    internal static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
