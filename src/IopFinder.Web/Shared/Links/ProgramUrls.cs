namespace IopFinder.Web.Shared.Links;

/// <summary>The public URLs of SPEC section 2.</summary>
public static class ProgramUrls
{
    public static string Page(string id) => $"/programs/{Uri.EscapeDataString(id)}";
}
