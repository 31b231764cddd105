namespace IopFinder.Core.Import;

/// <summary>An import that cannot go on: the message names the file (and line); nothing was written.</summary>
public sealed class ImportException(string message) : Exception(message);
