namespace IopFinder.Web.Shared.Wording;

/// <summary>The referral line of a listing's contact: a label in the reader's language, then the listing's text (its phone numbers tap to call).</summary>
public sealed record ReferralLine(string Label, ListingText Text);
