namespace IopFinder.Web.Manage.Data;

/// <summary>One recorded act: who, when, which listing, which fields, the values before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime At { get; init; }

    public required string Actor { get; init; }

    public string? ListingId { get; init; }

    public AuditAction Action { get; init; }

    /// <summary>The fields concerned, comma-separated YAML keys (<c>contact.phone</c>).</summary>
    public string? Fields { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
