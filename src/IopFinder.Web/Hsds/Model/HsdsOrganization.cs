namespace IopFinder.Web.Hsds.Model;

/// <summary>An HSDS <c>organization</c>: the one that runs a program (the program itself when the listing names none).</summary>
public sealed record HsdsOrganization(Guid Id, string Name, string Description);
