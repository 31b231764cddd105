namespace IopFinder.Web.Rendering;

/// <summary>One fieldset of the search form; a long one shows its first options until the person asks for all.</summary>
public sealed record FilterGroup(string Parameter, string Legend, string Help, IReadOnlyList<FilterOption> Options, int VisibleCount)
{
    /// <summary>The page was asked to show every option of this group (<c>more=parameter</c>).</summary>
    public bool Expanded { get; init; }

    public int Selected => Options.Count(o => o.Checked);
}

/// <summary>One checkbox: its value, label, plain-language description, count, state, and whether any listing of the whole catalog has it.</summary>
public sealed record FilterOption(string Value, string Label, string? Description, int Count, bool Checked, bool Listed = true);

/// <summary>A removable active filter.</summary>
public sealed record FilterChip(string Text, string RemoveUrl);

/// <summary>A way out of few or no results: what it does and where it leads.</summary>
public sealed record ResultLink(string Text, string Url);
