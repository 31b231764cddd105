namespace IopFinder.Core.Editing;

/// <summary>How a command ended: its exit code and output, or that it was stopped for taking too long.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error, bool TimedOut)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;
}
