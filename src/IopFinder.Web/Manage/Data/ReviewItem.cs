namespace IopFinder.Web.Manage.Data;

/// <summary>
/// One entry of the maintainers' queue. <see cref="Kind"/> says what it is; <see cref="Payload"/> holds
/// what a kind needs beyond the listing (a change's fields, a new program's file), as that kind writes it.
/// </summary>
public sealed class ReviewItem
{
    public const int MaxReasonLength = 2000;

    /// <summary>The submitter of a public suggestion: nobody to write to, so no decision is mailed.</summary>
    public const string PublicSubmitter = "public";

    public int Id { get; init; }

    public ReviewKind Kind { get; init; }

    /// <summary>
    /// The listing concerned; for a new program its proposed id, which follows the name a maintainer gives it when
    /// editing before approving.
    /// </summary>
    public string? ListingId { get; set; }

    public required string Submitter { get; init; }

    /// <summary>The submitter's language code, so the decision reaches them in it.</summary>
    public required string Language { get; init; }

    public DateTime SubmittedAt { get; init; }

    public string? Payload { get; init; }

    public ReviewStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? Reason { get; set; }
}
