namespace IopFinder.Web.Manage.Review;

/// <summary>The resource key that tells a maintainer why a decision did not go through.</summary>
public static class ReviewDecisionWords
{
    /// <summary>A full disk says what the listing editor says for it; every other outcome has its own words in the queue.</summary>
    public static string KeyOf(ReviewDecision outcome) => outcome == ReviewDecision.DiskFull ? "Manage.DiskFull" : $"Manage.Review.{outcome}";
}
