namespace IopFinder.Core.Fields;

/// <summary>The shape of a listing field's value: what an editor shows for it and how it is read and written.</summary>
public enum FieldKind
{
    /// <summary>One line of text (<c>name</c>).</summary>
    Text,
    /// <summary>Term ids from the field's vocabulary (<c>conditions</c>).</summary>
    Terms,
    /// <summary>Two-letter US states (<c>virtual_states</c>).</summary>
    States,
    /// <summary>Lines of free text (<c>other_services</c>).</summary>
    TextList,
    /// <summary>True or false; absent means the listing does not say.</summary>
    Bool,
    /// <summary>A whole number.</summary>
    Int,
    /// <summary>A date like 2026-10-01.</summary>
    Date,
    /// <summary>A number of weeks or <c>{min, max}</c>.</summary>
    WeekRange,
    /// <summary>Tracks: days, start and end.</summary>
    Schedule,
    /// <summary>In-person sites: address, city, state, ZIP, optional coordinates.</summary>
    Locations,
    /// <summary>Phone, website, e-mail and referral.</summary>
    Contact,
    /// <summary><c>{date, by}</c>: when and by whom the listing was confirmed.</summary>
    Confirmation,
    /// <summary>The directories an imported listing came from.</summary>
    Sources,
    /// <summary>An ISO 639-1 language id (<c>description_language</c>).</summary>
    Language,
    /// <summary>The Markdown body after the front matter.</summary>
    Markdown,
}
