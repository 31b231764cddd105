namespace IopFinder.Web.Manage.Data;

/// <summary>
/// One signed-in session. The cookie names it; a cookie whose session has ended (sign-out) or expired
/// is refused, so a copied cookie stops working at sign-out.
/// </summary>
public sealed class StaffSession
{
    public Guid Id { get; init; }

    public required string Email { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? EndedAt { get; set; }
}
