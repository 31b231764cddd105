namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>language</c> care is given in: ISO 639-1 code and English name.</summary>
public sealed record HsdsLanguage(Guid Id, Guid ServiceId, string Name, string Code);
