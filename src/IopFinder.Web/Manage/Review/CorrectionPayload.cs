using System.Text.Json;

namespace IopFinder.Web.Manage.Review;

/// <summary>A public suggestion as its queue item keeps it: what the person wrote and, if they gave one, how to reach them.</summary>
public sealed record CorrectionPayload(string Text, string? Contact)
{
    public string Write() => JsonSerializer.Serialize(this);

    /// <summary>The suggestion; an empty one when the payload is missing or unreadable.</summary>
    public static CorrectionPayload Read(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload)) return new CorrectionPayload("", null);
        try
        {
            return JsonSerializer.Deserialize<CorrectionPayload>(payload) ?? new CorrectionPayload("", null);
        }
        catch (JsonException)
        {
            return new CorrectionPayload("", null);
        }
    }
}
