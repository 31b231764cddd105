using System.ComponentModel.DataAnnotations;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>The content clone's remote, which replicas pull from and push to (section "Git").</summary>
public sealed class ContentRemoteOptions
{
    public const string Section = "Git";

    /// <summary>The remote's name in the content clone (<c>origin</c>); empty for a site that keeps its edits to itself.</summary>
    public string Remote { get; set; } = "";

    /// <summary>How often to pull when no signal says the remote moved (and to push edits the remote could not take).</summary>
    [Range(1, 86_400)]
    public int PullSeconds { get; set; } = 30;
}
