namespace IopFinder.Web.Pages;

/// <summary>What the layout needs from a page: its title.</summary>
public interface IPageMeta
{
    string Title { get; }
}
