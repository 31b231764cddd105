using System.Reflection;

namespace IopFinder.Core.Common;

/// <summary>
/// The stable codes of the problems a listing can have, from the validator and the editor's form reader. A problem
/// carries its code and arguments (the facts: a key, the value typed, a limit) next to its English message, so
/// the command line prints the message and the web portal words the code in the reader's language. Arguments are
/// in the order the English message names them; for the codes in <see cref="Hinted"/> the last one is the closest
/// known value ("did you mean"), or "" when there is none.
/// </summary>
public static class ProblemCodes
{
    // The file as a whole, before its fields are read (args: the facts the message names).
    /// <summary>No front matter: the file does not start with a '---' block, or the block is not closed.</summary>
    public const string FrontMatterMissing = "front-matter.missing";
    /// <summary>Front matter that YAML cannot parse. Args: the parser's reason (English, from YamlDotNet).</summary>
    public const string FrontMatterYaml = "front-matter.yaml";
    /// <summary>Front matter that is not 'key: value' lines.</summary>
    public const string FrontMatterLines = "front-matter.lines";
    /// <summary>A listing file that cannot be read. Args: the system's reason.</summary>
    public const string FileUnreadable = "file.unreadable";
    /// <summary>Two listing files with one id. Args: id, the first file.</summary>
    public const string DuplicateId = "file.duplicate-id";

    // The taxonomy file (taxonomy.yml).
    /// <summary>A taxonomy that YAML cannot parse. Args: the parser's reason (English, from YamlDotNet).</summary>
    public const string TaxonomyYaml = "taxonomy.yaml";
    /// <summary>A taxonomy that is not vocabularies with lists of terms.</summary>
    public const string TaxonomyShape = "taxonomy.shape";
    /// <summary>A taxonomy file that cannot be read. Args: the system's reason.</summary>
    public const string TaxonomyUnreadable = "taxonomy.unreadable";
    /// <summary>A vocabulary the site needs is missing. Args: vocabulary.</summary>
    public const string VocabularyMissing = "taxonomy.vocabulary-missing";
    /// <summary>A vocabulary without a term the site needs. Args: vocabulary, term.</summary>
    public const string VocabularyTermMissing = "taxonomy.vocabulary-term-missing";
    /// <summary>A term without a valid id. Args: vocabulary.</summary>
    public const string TermId = "taxonomy.term-id";
    /// <summary>A term id twice in one vocabulary. Args: id, vocabulary.</summary>
    public const string TermTwice = "taxonomy.term-twice";
    /// <summary>A term without a label. Args: id.</summary>
    public const string TermLabel = "taxonomy.term-label";
    /// <summary>A term without a description. Args: id.</summary>
    public const string TermDescription = "taxonomy.term-description";
    /// <summary>A term without its Spanish label. Args: id, where the Spanish words are fixed.</summary>
    public const string TermLabelEs = "taxonomy.term-label-es";
    /// <summary>A term without its Spanish description. Args: id, where the Spanish words are fixed.</summary>
    public const string TermDescriptionEs = "taxonomy.term-description-es";
    /// <summary>A term broader than or implying itself. Args: id.</summary>
    public const string TermSelf = "taxonomy.term-self";
    /// <summary>A broader or implied term that is not in the vocabulary. Args: id, the named term, vocabulary, closest.</summary>
    public const string TermUnknownRelated = "taxonomy.term-unknown-related";
    /// <summary>Broader terms that go round in a circle. Args: id, the term where the circle closes.</summary>
    public const string TermCircle = "taxonomy.term-circle";

    // The shapes of YAML values (args: key, and the value or limits where the message names them).
    /// <summary>A list where one value belongs. Args: key.</summary>
    public const string SingleValue = "single-value";
    /// <summary>A list entry that is not a single value. Args: key.</summary>
    public const string ListOfValues = "list-of-values";
    /// <summary>A value where a list belongs. Args: key.</summary>
    public const string List = "list";
    /// <summary>Not true or false. Args: key, value.</summary>
    public const string Bool = "bool";
    /// <summary>Not a whole number in range. Args: key, min, max, value.</summary>
    public const string WholeNumber = "whole-number";
    /// <summary>Not a number in range. Args: key, min, max, value.</summary>
    public const string Number = "number";
    /// <summary>Not a group of 'key: value' lines. Args: key.</summary>
    public const string Group = "group";
    /// <summary>A list entry that is not a group. Args: key.</summary>
    public const string EntryGroup = "entry-group";
    /// <summary>Not a list of entries. Args: key.</summary>
    public const string Entries = "entries";
    /// <summary>A key the field model does not have. Args: key, closest.</summary>
    public const string UnknownField = "unknown-field";

    // The listing's fields.
    /// <summary>A file name that is no id. Args: id.</summary>
    public const string FileName = "file-name";
    /// <summary>A required field left empty. Args: key.</summary>
    public const string Required = "required";
    /// <summary>A required term field left empty. Args: key, some of its terms.</summary>
    public const string RequiredTerms = "required.terms";
    /// <summary>A term the vocabulary does not have. Args: vocabulary (spaces for underscores), value, closest.</summary>
    public const string UnknownTerm = "unknown-term";
    /// <summary>Not a US state in a list of states. Args: value, key, closest.</summary>
    public const string State = "state";
    /// <summary>Not a date. Args: key, value.</summary>
    public const string Date = "date";
    /// <summary>Not a language id. Args: key, closest.</summary>
    public const string Language = "language";
    /// <summary>A phone without 7 to 15 digits. Args: phone.</summary>
    public const string PhoneDigits = "phone.digits";
    /// <summary>A website that is no http(s) address. Args: website.</summary>
    public const string WebsiteFormat = "website.format";
    /// <summary>Not an e-mail address. Args: email.</summary>
    public const string EmailFormat = "email.format";
    /// <summary>A location without a city.</summary>
    public const string LocationCity = "location.city";
    /// <summary>A location without a state.</summary>
    public const string LocationState = "location.state";
    /// <summary>A location's state that is no US state. Args: state, closest.</summary>
    public const string LocationStateUnknown = "location.state-unknown";
    /// <summary>A location without a ZIP.</summary>
    public const string ZipRequired = "zip.required";
    /// <summary>A ZIP that is not five digits. Args: zip.</summary>
    public const string ZipFormat = "zip.format";
    /// <summary>A ZIP the centroid table does not know. Args: zip.</summary>
    public const string ZipUnknown = "zip.unknown";
    /// <summary>One of lat and lon without the other.</summary>
    public const string LatLon = "location.lat-lon";
    /// <summary>An in-person program without a location.</summary>
    public const string LocationsRequired = "locations.required";
    /// <summary>A virtual-only program without the states it treats in.</summary>
    public const string VirtualStatesRequired = "virtual-states.required";
    /// <summary>A track that ends before it starts. Args: end, start (HH:mm).</summary>
    public const string ScheduleEndBeforeStart = "schedule.end-before-start";
    /// <summary>A track without days.</summary>
    public const string ScheduleDays = "schedule.days";
    /// <summary>A day that is no day id. Args: value, closest.</summary>
    public const string ScheduleUnknownDay = "schedule.unknown-day";
    /// <summary>A track without a start or end. Args: key.</summary>
    public const string ScheduleTimeRequired = "schedule.time-required";
    /// <summary>A time that is not HH:MM. Args: key, value.</summary>
    public const string ScheduleTimeFormat = "schedule.time-format";
    /// <summary>A range of weeks without both ends. Args: key.</summary>
    public const string WeeksMinMax = "weeks.min-max";
    /// <summary>A range of weeks whose max is below its min. Args: key, max, min.</summary>
    public const string WeeksMaxBelowMin = "weeks.max-below-min";
    /// <summary>Weeks that are neither a number nor a range. Args: key.</summary>
    public const string WeeksFormat = "weeks.format";
    /// <summary>A source without a name. Args: key.</summary>
    public const string SourceName = "source.name";
    /// <summary>A confirmation that is not a group. Args: key.</summary>
    public const string ConfirmedFormat = "confirmed.format";
    /// <summary>A confirmation without a date. Args: key.</summary>
    public const string ConfirmedDate = "confirmed.date";
    /// <summary>A confirmation without who confirmed. Args: key.</summary>
    public const string ConfirmedBy = "confirmed.by";
    /// <summary>A confirmer other than program or maintainer. Args: key, value, closest.</summary>
    public const string ConfirmedByUnknown = "confirmed.by-unknown";

    // The editor's form, read before it becomes a listing.
    /// <summary>A form with too many values. Args: the limit.</summary>
    public const string FormTooManyValues = "form.too-many-values";
    /// <summary>An input name that is no field. Args: name.</summary>
    public const string FormUnknownInput = "form.unknown-input";
    /// <summary>An input for a field the portal keeps. Args: field.</summary>
    public const string FormKeptField = "form.kept-field";
    /// <summary>An index on a field without entries. Args: field.</summary>
    public const string FormNoEntries = "form.no-entries";
    /// <summary>A list input that names no part of an entry. Args: name, field, an example part.</summary>
    public const string FormEntryPart = "form.entry-part";
    /// <summary>More entries than a list may have. Args: the limit, field, the last index, name.</summary>
    public const string FormTooManyEntries = "form.too-many-entries";
    /// <summary>Too many values under one input. Args: name, count, limit.</summary>
    public const string FormKeyValues = "form.key-values";
    /// <summary>A value longer than the limit. Args: name, length, limit.</summary>
    public const string FormTooLong = "form.too-long";
    /// <summary>A field sent both as a value and as parts. Args: field, a part's name.</summary>
    public const string FormMixedShapes = "form.mixed-shapes";
    /// <summary>The problems beyond those listed. Args: count.</summary>
    public const string FormMoreProblems = "form.more-problems";
    /// <summary>A request that is no readable form. Args: the server's reason.</summary>
    public const string FormUnreadable = "form.unreadable";
    /// <summary>The description sent twice.</summary>
    public const string BodyTwice = "body.twice";
    /// <summary>A description longer than the limit. Args: length, limit.</summary>
    public const string BodyTooLong = "body.too-long";
    /// <summary>HTML in the description. Args: the first tag.</summary>
    public const string BodyHtml = "body.html";
    /// <summary>A new program whose id a listing already has. Args: id.</summary>
    public const string NameTaken = "name.taken";

    /// <summary>The codes whose last argument is the closest known value, or "".</summary>
    public static IReadOnlySet<string> Hinted { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        UnknownField, UnknownTerm, State, Language, LocationStateUnknown, ScheduleUnknownDay, ConfirmedByUnknown, TermUnknownRelated,
    };

    /// <summary>Every code above, for the test that each has its words in every language.</summary>
    public static IReadOnlyList<string> All { get; } = [.. typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];
}
