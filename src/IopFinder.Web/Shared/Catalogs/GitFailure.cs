using IopFinder.Core.Editing;

namespace IopFinder.Web.Shared.Catalogs;

/// <summary>A git step that failed, for <c>/status</c>: what, when, why as a code (the page words it), and git's own message.</summary>
/// <param name="Operation">The step.</param>
/// <param name="Reason">Why, as far as git's exit tells.</param>
/// <param name="At">When, by the site's clock.</param>
/// <param name="Detail">git's message, for the people who run the site.</param>
public sealed record GitFailure(GitOperation Operation, GitFailureReason Reason, DateTimeOffset At, string? Detail);
