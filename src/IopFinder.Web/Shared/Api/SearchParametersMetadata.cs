namespace IopFinder.Web.Shared.Api;

/// <summary>Marks an endpoint that takes the search parameters, so the OpenAPI document lists them from the filter definitions.</summary>
public sealed class SearchParametersMetadata
{
    public static SearchParametersMetadata Instance { get; } = new();

    /// <summary>True when the endpoint also takes the checklist's <c>ids</c> and importances.</summary>
    public bool Checklist { get; init; }
}
