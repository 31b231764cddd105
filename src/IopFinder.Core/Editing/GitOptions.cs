namespace IopFinder.Core.Editing;

/// <summary>How the portal commits saved listings.</summary>
public sealed record GitOptions
{
    /// <summary>The git program (Debian's <c>git</c> package puts it on the path).</summary>
    public string Program { get; init; } = "git";

    /// <summary>The longest one git command may take before it is stopped and the commit reported as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Author and committer name: the portal, never the person who saved.</summary>
    public string Name { get; init; } = "IopFinder portal";

    /// <summary>Author and committer address: one that cannot receive mail, so no personal address enters public history.</summary>
    public string Email { get; init; } = "portal@iopfinder.invalid";
}
