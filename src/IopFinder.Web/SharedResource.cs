namespace IopFinder.Web;

/// <summary>The interface's words: <c>Resources/SharedResource.resx</c> (English) and its translations.</summary>
public sealed class SharedResource;
