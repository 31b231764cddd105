namespace IopFinder.Core.Editing;

/// <summary>What became of a save: <see cref="Saved"/>, <see cref="SaveConflict"/>, <see cref="SaveInvalid"/> or <see cref="SaveFailed"/>.</summary>
public abstract record SaveResult;
