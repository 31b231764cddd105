using System.ComponentModel.DataAnnotations;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>Where the catalog comes from and how it is described (section "Catalog").</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>The content folder: <c>taxonomy.yml</c> and <c>programs/</c>.</summary>
    [Required]
    public string ContentPath { get; set; } = "content";

    /// <summary>A ZIP table file (the format tools/zip-table writes) to use instead of the embedded one; optional.</summary>
    public string? ZipTablePath { get; set; }

    /// <summary>
    /// Where parsed listings are kept between starts, so an unchanged file is never parsed twice (a
    /// shortcut only: deleting the folder is always safe); empty for none.
    /// </summary>
    public string SnapshotPath { get; set; } = Path.Combine(Path.GetTempPath(), "iopfinder-snapshots");

    /// <summary>Watch the content folder and swap in changes without a restart.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must be quiet before changes are read (an editor saves in several steps).</summary>
    [Range(50, 60_000)]
    public int ReloadDebounceMilliseconds { get; set; } = 400;

    /// <summary>How often the watcher checks that the content folder can still be read.</summary>
    [Range(1, 3600)]
    public int ProbeSeconds { get; set; } = 5;

    /// <summary>Where people send corrections to a listing (shown on program pages); optional.</summary>
    [EmailAddress]
    public string? CorrectionsEmail { get; set; }

    /// <summary>Web address of the content folder in its repository, for "Edit this listing" links; optional.</summary>
    [Url]
    public string? SourceRepositoryUrl { get; set; }
}
