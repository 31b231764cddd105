namespace IopFinder.Core.Checklist;

/// <summary>One thing the patient needs, with its importance: 0 doesn't matter, 1 nice to have, 2 important, 3 must have.</summary>
public sealed record Need(string Name, int Weight)
{
    /// <summary>True for a must-have.</summary>
    public bool IsMustHave => Weight == 3;
}
