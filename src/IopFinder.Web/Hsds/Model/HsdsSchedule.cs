namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>schedule</c>: one track as a weekly RFC 5545 rule, times local to the program.</summary>
public sealed record HsdsSchedule
{
    public required Guid Id { get; init; }
    public required Guid ServiceId { get; init; }
    public required string Freq { get; init; }
    public required string Byday { get; init; }
    public required string OpensAt { get; init; }
    public required string ClosesAt { get; init; }
    public string? Description { get; init; }
    public string? AttendingType { get; init; }
    public string? Notes { get; init; }
}
