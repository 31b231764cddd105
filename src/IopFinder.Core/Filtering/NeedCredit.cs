namespace IopFinder.Core.Filtering;

/// <summary>How the checklist credits a filter used as a need (SPEC section 4).</summary>
public enum NeedCredit
{
    /// <summary>The filter is not a checklist need.</summary>
    None,
    /// <summary>The fraction of the wanted terms the program lists (condition, modality).</summary>
    Fraction,
    /// <summary>1 when the program lists any wanted term.</summary>
    AnyOf,
    /// <summary>1 when one track satisfies it as the search filter does.</summary>
    Schedule,
    /// <summary>1 when the search's distance rule would match.</summary>
    Distance,
    /// <summary>1 when the listing says yes, 0 when it says no, unknown when it doesn't say (a <see cref="FlagFilter"/>).</summary>
    Flag,
}
