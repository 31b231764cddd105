namespace IopFinder.Web.Manage.Data;

/// <summary>A person may edit a listing: several per listing, several listings per person.</summary>
public sealed class EditorGrant
{
    public int Id { get; init; }

    public required string ListingId { get; init; }

    public required string Email { get; init; }

    public DateTime GrantedAt { get; init; }

    public GrantRoute Route { get; init; }
}
