using System.ComponentModel.DataAnnotations;

namespace IopFinder.Web.Services;

/// <summary>Where the catalog comes from and how it is described (section "Catalog").</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>The content folder: <c>taxonomy.yml</c> and <c>programs/</c>.</summary>
    [Required]
    public string ContentPath { get; set; } = "content";

    /// <summary>Where people send corrections to a listing (shown on program pages); optional.</summary>
    [EmailAddress]
    public string? CorrectionsEmail { get; set; }

    /// <summary>Web address of the content folder in its repository, for "Edit this listing" links; optional.</summary>
    [Url]
    public string? SourceRepositoryUrl { get; set; }
}
