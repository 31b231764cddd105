namespace IopFinder.Core.Import;

/// <summary>What the import does with one SAMHSA code.</summary>
public enum CodeAction
{
    /// <summary>Adds <see cref="CodeRule.Term"/> to <see cref="CodeRule.Field"/>.</summary>
    Term,
    /// <summary>The facility states it does not: removes the term, whichever code added it.</summary>
    Not,
    /// <summary>A general statement: adds the term only when the listing names none of the specific terms in <see cref="CodeRule.Text"/>.</summary>
    General,
    /// <summary>
    /// A special program for people of certain ages (the ids in <see cref="CodeRule.Text"/>): when the
    /// facility's own terms of <see cref="CodeRule.Field"/> name none of them, its codes contradict each
    /// other and the listing says nothing for that field rather than pick one side.
    /// </summary>
    Serves,
    /// <summary>Kept in <c>other_services</c> as <see cref="CodeRule.Text"/> (in Spanish, <see cref="CodeRule.TextEs"/>).</summary>
    Other,
    /// <summary>Deliberately not imported (<see cref="CodeRule.Reason"/>).</summary>
    Drop,
    /// <summary>Already true of every imported listing or expressed by other codes (<see cref="CodeRule.Reason"/>).</summary>
    Implied,
}

/// <summary>One decision of the code map (<c>SamhsaCodeMap.tsv</c>).</summary>
/// <param name="Directory"><c>su</c>, <c>mh</c> or <c>both</c>.</param>
/// <param name="Code">The SAMHSA service code.</param>
/// <param name="Action">What the import does with it.</param>
/// <param name="Field">The listing field (a vocabulary name), for term, not and general rows.</param>
/// <param name="Term">The taxonomy id.</param>
/// <param name="Text">The plain-language service (other), the specific terms that replace a general one (general), or the terms a program's people fall under (serves).</param>
/// <param name="TextEs">The same service in plain Spanish (other rows), which Spanish pages show in place of <paramref name="Text"/>.</param>
/// <param name="Reason">Why, in one line.</param>
public sealed record CodeRule(string Directory, string Code, CodeAction Action, string Field, string Term, string Text, string TextEs, string Reason)
{
    /// <summary>True when the rule applies to facilities of this directory.</summary>
    public bool AppliesTo(SamhsaDirectory directory) => Directory == "both" || Directory == directory.Code;
}
