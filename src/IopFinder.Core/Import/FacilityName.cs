namespace IopFinder.Core.Import;

/// <summary>
/// SAMHSA splits a name over <c>name1</c> and <c>name2</c>: either a long name cut in two ("Alcohol and
/// Drug Services of" + "Rhode Island"), joined back into one, or an organisation and one of its
/// programs or sites ("Hope House Inc" + "Outpatient"), shown as "Hope House Inc — Outpatient".
/// </summary>
public static class FacilityName
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "of", "for", "the", "on", "in", "at", "to", "a", "an", "with", "by", "&", "-", "/", "dba",
    };

    /// <summary>True when name1 stops mid-phrase, so name2 continues it.</summary>
    public static bool IsCut(string name1, string name2)
    {
        var first = name1.TrimEnd();
        if (first.Length == 0 || name2.Length == 0) return false;
        var lastWord = first.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return Connectors.Contains(lastWord) || first.EndsWith('&') || first.EndsWith('-') || first.EndsWith('/') || first.EndsWith(',')
            || char.IsLower(name2[0]) || name2.StartsWith('(') || name2.StartsWith("DBA ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The name a listing shows.</summary>
    public static string Of(string name1, string name2)
    {
        name1 = Squeeze(name1);
        name2 = Squeeze(name2);
        if (name2.Length == 0) return name1;
        if (name1.Length == 0) return name2;
        return IsCut(name1, name2) ? $"{name1} {name2}" : $"{name1} — {name2}";
    }

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
