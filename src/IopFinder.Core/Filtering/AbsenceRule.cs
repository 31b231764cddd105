namespace IopFinder.Core.Filtering;

/// <summary>When a listing that does not name a wanted term "doesn't say" rather than "no" (SPEC section 2: unknown is not no).</summary>
public enum AbsenceRule
{
    /// <summary>
    /// The listing's list is its statement: a term it leaves out is a "no", unless the list is empty or
    /// the listing names only a broader term (or one implying it) of the wanted one.
    /// </summary>
    EmptyField,
    /// <summary>The list holds only what a program has said it offers: any term left out is "doesn't say" (features).</summary>
    NotNamed,
    /// <summary>The field is required or has a default, so it always answers (formats, levels, languages, states).</summary>
    Never,
}
