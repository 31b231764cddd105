using System.ComponentModel.DataAnnotations;

namespace IopFinder.Web.Services;

/// <summary>Where the catalog comes from and how it is described (section "Catalog").</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>The content folder: <c>taxonomy.yml</c> and <c>programs/</c>.</summary>
    [Required]
    public string ContentPath { get; set; } = "content";

    /// <summary>True while the catalog holds fictional examples: every page says so.</summary>
    public bool ExampleListings { get; set; } = true;
}
