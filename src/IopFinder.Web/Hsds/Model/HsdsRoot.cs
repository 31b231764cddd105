namespace IopFinder.Web.Hsds.Model;

/// <summary>What <c>/hsds/</c> answers: the HSDS version, the profile the API follows and where its OpenAPI document is.</summary>
public sealed record HsdsRoot(string Version, string Profile, string OpenapiUrl);
