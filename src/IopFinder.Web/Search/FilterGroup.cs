namespace IopFinder.Web.Search;

/// <summary>One fieldset of the search form; a long one shows its first options until the person asks for all.</summary>
public sealed record FilterGroup(string Parameter, string Legend, string Help, IReadOnlyList<FilterOption> Options, int VisibleCount)
{
    /// <summary>The page was asked to show every option of this group (<c>more=parameter</c>).</summary>
    public bool Expanded { get; init; }

    public int Selected => Options.Count(o => o.Checked);

    /// <summary>What a choice no listing of the catalog gives says (<see cref="Shared.Wording.FilterWords.NoneListed"/>).</summary>
    public string NoneListedNote { get; init; } = "";

    /// <summary>No listing of the whole catalog gives any of its values (on the SAMHSA catalog: days, times, openings): said once for the group.</summary>
    public bool NoneListed => Options.All(o => !o.Listed);
}

/// <summary>One checkbox: its value, label, plain-language description, count, state, and whether any listing of the whole catalog has it.</summary>
/// <param name="Count">
/// The number beside it: the total the search would have with this value ticked (the facet count), or,
/// in a group with a ticked value, how many programs ticking it adds (<see cref="Adds"/>). There the
/// total includes what the ticked values already find, and would read as the size of the category.
/// </param>
public sealed record FilterOption(string Value, string Label, string? Description, int Count, bool Checked, bool Listed = true)
{
    /// <summary>The group has a ticked value, so <see cref="Count"/> is what ticking this one adds to the results.</summary>
    public bool Adds { get; init; }

    /// <summary>Whether a number goes beside it: not on a ticked value of a group (the heading counts those), nor on a value no listing gives.</summary>
    public bool ShowsCount => Listed && !Checked;
}

/// <summary>A removable active filter.</summary>
public sealed record FilterChip(string Text, string RemoveUrl);

/// <summary>A way out of few or no results: what it does and where it leads.</summary>
public sealed record ResultLink(string Text, string Url);
