namespace IopFinder.Web.Shared;

/// <summary>What the layout needs from a page: its title, its description for search results, and its one address.</summary>
public interface IPageMeta
{
    string Title { get; }

    /// <summary>One or two factual sentences for the description meta tag.</summary>
    string Description { get; }

    /// <summary>
    /// The page's root-relative canonical address ("/programs/x"), or null for a page search engines
    /// should not index (a comparison of any ids, a form, an error): the layout then says noindex.
    /// </summary>
    string? Canonical { get; }

    /// <summary>The footer's sentence on cookies when the page sets some (the staff portal); null for the site's "no cookies".</summary>
    string? PrivacyNote => null;
}
