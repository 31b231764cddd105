namespace IopFinder.Web.Shared.Catalogs;

/// <summary>The content folder could not be read (gone, replaced by a file, refused) since <paramref name="Since"/>; the system's reason.</summary>
public sealed record ContentUnreadable(DateTimeOffset Since, string Reason);
