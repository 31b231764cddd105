using IopFinder.Web.Manage.Data;

namespace IopFinder.Web.Manage.Audit;

/// <summary>What a caller records: who did what to which listing; fields as YAML keys, values before and after as text.</summary>
public sealed record AuditRecord(
    string Actor,
    AuditAction Action,
    string? ListingId = null,
    IReadOnlyList<string>? Fields = null,
    string? Before = null,
    string? After = null);
