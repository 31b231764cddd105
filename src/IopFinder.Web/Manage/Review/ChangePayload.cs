using System.Text.Json;
using IopFinder.Core.Editing;

namespace IopFinder.Web.Manage.Review;

/// <summary>
/// A queued change's payload: the pending fields as the editor serializes them (System.Text.Json of a
/// <see cref="FieldChange"/> list). Written here and read here, so the editor and the review agree.
/// </summary>
public static class ChangePayload
{
    public static string Write(IReadOnlyList<FieldChange> changes) => JsonSerializer.Serialize(changes);

    /// <summary>The changes; none when the payload is missing or unreadable (nothing to apply, never a 500).</summary>
    public static IReadOnlyList<FieldChange> Read(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<FieldChange>>(payload)?.Where(c => c is { Key.Length: > 0 }).ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
