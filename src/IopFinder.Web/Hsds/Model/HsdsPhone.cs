namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>phone</c>: the program's intake number as written.</summary>
public sealed record HsdsPhone(Guid Id, Guid ServiceId, string Number, string Type);
