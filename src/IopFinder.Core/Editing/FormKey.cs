using System.Globalization;
using System.Text.RegularExpressions;

namespace IopFinder.Core.Editing;

/// <summary>
/// An editor input's name read as a YAML path: <c>name</c>, <c>contact.phone</c>, or an entry of a
/// list field, <c>schedule[0].days</c>. Anything else is not a field of a listing.
/// </summary>
/// <param name="Field">The top-level YAML key.</param>
/// <param name="Index">The entry's number in a list field, when given.</param>
/// <param name="Part">The key inside the group or entry, when given.</param>
public sealed partial record FormKey(string Field, int? Index, string? Part)
{
    /// <summary>The input name of the Markdown body.</summary>
    public const string Body = "body";

    /// <summary>The entry this key belongs to (<c>schedule[0]</c>), or the field.</summary>
    public string Entry => Index is { } i ? $"{Field}[{i.ToString(CultureInfo.InvariantCulture)}]" : Field;

    /// <summary>Parses an input name; null when it is not shaped like a field.</summary>
    public static FormKey? Parse(string name)
    {
        var match = Pattern().Match(name);
        if (!match.Success) return null;
        int? index = match.Groups["index"].Success ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) : null;
        var part = match.Groups["part"].Success ? match.Groups["part"].Value : null;
        return new FormKey(match.Groups["field"].Value, index, part);
    }

    // Nine digits at most keep the index an int; the limits refuse large ones with a message.
    [GeneratedRegex(@"^(?<field>[a-z][a-z0-9_]{0,39})(\[(?<index>[0-9]{1,9})\])?(\.(?<part>[a-z][a-z0-9_]{0,39}))?\z")]
    private static partial Regex Pattern();
}
