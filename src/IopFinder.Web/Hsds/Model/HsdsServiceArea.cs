namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>service_area</c>: a state where the program offers virtual care.</summary>
public sealed record HsdsServiceArea(Guid Id, Guid ServiceId, string Name, string Description, string Extent, string ExtentType);
