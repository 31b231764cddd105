namespace IopFinder.Web.Status;

/// <summary>What <c>/api/status</c> says.</summary>
public sealed record StatusResponse(int Programs, string Version, int Generation, DateTimeOffset LoadedAt, IReadOnlyList<string> LeftOut,
    IReadOnlyList<string> KeptLastGood, IReadOnlyList<string> ReloadProblems, IReadOnlyList<StaleListingDto> Stale, int NeverReviewed, int? CorrectionsWaiting,
    string? SnapshotProblem, TextIndexDto TextIndex, ContentUnreadableDto? ContentUnreadable, ContentRemoteDto? ContentRemote, GitFailureDto? CommitFailure);

/// <summary>Since when and why the content folder cannot be read; the last good catalog keeps serving meanwhile.</summary>
public sealed record ContentUnreadableDto(DateTimeOffset Since, string Reason);

/// <summary>The content remote: edits saved here and not pushed yet (none when it is off: null).</summary>
public sealed record ContentRemoteDto(string Remote, int Waiting, DateTimeOffset? WaitingSince, DateTimeOffset? LastSynced, string? Problem,
    IReadOnlyList<string> Displaced, GitFailureDto? LastFailure);

/// <summary>A git step that failed: <c>commit</c>, <c>pull</c> or <c>push</c>; the reason as a code (<c>unreachable</c>, <c>disk_full</c>, …) and git's message.</summary>
public sealed record GitFailureDto(string Operation, string Reason, DateTimeOffset At, string? Detail)
{
    public static GitFailureDto? Of(Shared.Catalogs.GitFailure? failure) => failure is null ? null
        : new(Code(failure.Operation.ToString()), Code(failure.Reason.ToString()), failure.At, failure.Detail);

    private static string Code(string name) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}

/// <summary>What the text index holds: flat across reloads unless readers leak.</summary>
public sealed record TextIndexDto(int LeasedReaders, int Files, long Bytes);

/// <summary>A listing not reviewed in the last year.</summary>
public sealed record StaleListingDto(string Id, DateOnly LastReviewed);

