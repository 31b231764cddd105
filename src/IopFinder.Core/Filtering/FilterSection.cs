namespace IopFinder.Core.Filtering;

/// <summary>The part of the search form a filter belongs to; pages give each section its words.</summary>
public enum FilterSection
{
    /// <summary>What the person needs help with.</summary>
    Need,
    /// <summary>Where: distance and state.</summary>
    Place,
    /// <summary>Level of care: intensive outpatient or day program.</summary>
    Level,
    /// <summary>When they can attend.</summary>
    When,
    /// <summary>How they attend: in person, virtual, hybrid.</summary>
    How,
    /// <summary>Insurance and payment.</summary>
    Payment,
    /// <summary>Therapies and medications.</summary>
    Treatment,
    /// <summary>Who the program is for: ages, genders, groups, languages.</summary>
    Who,
    /// <summary>Support, accessibility and quality.</summary>
    Support,
    /// <summary>Openings.</summary>
    Openings,
}
