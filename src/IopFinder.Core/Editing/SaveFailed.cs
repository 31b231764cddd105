namespace IopFinder.Core.Editing;

/// <summary>The save could not be made; the file is as it was.</summary>
/// <param name="Reason">Why, as a code the page words.</param>
/// <param name="Detail">The system's message, for the log.</param>
public sealed record SaveFailed(SaveFailure Reason, string Detail) : SaveResult;
