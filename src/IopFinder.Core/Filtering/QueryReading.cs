using System.Globalization;
using IopFinder.Core.Common;

namespace IopFinder.Core.Filtering;

/// <summary>
/// The query-string values of one parse, grouped by name, with the readers filters use to turn them into
/// a query: values of the wrong type become errors (the API answers 400), unknown ids warnings (ignored,
/// so the search still runs).
/// </summary>
public sealed class QueryReading(IReadOnlyDictionary<string, List<string>> values, Taxonomy.Taxonomy taxonomy)
{
    private const int MaxWarnings = 20;
    private readonly List<Notice> _errors = [];
    private readonly List<Notice> _warnings = [];

    /// <summary>The taxonomy term filters take their ids from.</summary>
    public Taxonomy.Taxonomy Taxonomy => taxonomy;

    /// <summary>Values of the wrong type: the query is malformed.</summary>
    public IReadOnlyList<Notice> Errors => _errors;

    /// <summary>Values ignored (unknown ids, text cut short).</summary>
    public IReadOnlyList<Notice> Warnings => _warnings;

    /// <summary>Every value given for a name, in order.</summary>
    public IReadOnlyList<string> Get(string name) => values.TryGetValue(name, out var list) ? list : [];

    /// <summary>The first value given for a name, or null.</summary>
    public string? Single(string name) => Get(name).FirstOrDefault();

    /// <summary>Adds a warning, up to a limit so that a hostile query cannot make the answer large.</summary>
    public void Warn(Notice notice)
    {
        if (_warnings.Count < MaxWarnings) _warnings.Add(notice);
    }

    /// <summary>Adds an error.</summary>
    public void Fail(Notice notice) => _errors.Add(notice);

    /// <summary>The allowed ids among the values (repeated or comma-separated), as the list spells them; the rest are warnings.</summary>
    public List<string> Known(string parameter, IReadOnlyList<string> allowed)
    {
        var result = new List<string>();
        foreach (var value in Get(parameter).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            // Ids are matched regardless of case ("PTSD", "ma"), and kept as the vocabulary spells them.
            var id = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            if (id is not null)
            {
                if (!result.Contains(id)) result.Add(id);
            }
            else if (_warnings.Count < MaxWarnings)
            {
                var lower = value.ToLowerInvariant();
                _warnings.Add(new Notice(NoticeCode.UnknownValue, parameter, Notice.Shorten(lower), Suggestions.Closest(lower, allowed)));
            }
        }
        return result;
    }

    /// <summary>A number between <paramref name="min"/> and <paramref name="max"/>, or null (an error when given and not one).</summary>
    public double? Number(string name, double min, double max)
    {
        var text = Single(name);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
        {
            return value;
        }
        _errors.Add(new Notice(NoticeCode.NotANumber, name, Notice.Shorten(text), Min: min, Max: max));
        return null;
    }

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>, or null.</summary>
    public int? Whole(string name, int min, int max)
    {
        var text = Single(name);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        _errors.Add(new Notice(NoticeCode.NotAWholeNumber, name, Notice.Shorten(text), Min: min, Max: max));
        return null;
    }

    /// <summary>True for "true", "1", "on", "yes"; false for "false", "0", "off" or nothing; otherwise an error and false.</summary>
    public bool Flag(string name)
    {
        var text = Single(name);
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "0" or "off": return false;
            case "true" or "1" or "on" or "yes": return true;
            default:
                _errors.Add(new Notice(NoticeCode.NotTrueOrFalse, name, Notice.Shorten(text)));
                return false;
        }
    }
}
