using IopFinder.Core.Listings;
using IopFinder.Core.Taxonomy;

namespace IopFinder.Core.Fields;

/// <summary>
/// Every field of a listing (SPEC section 1), each defined once, in the canonical order files are written
/// in and the staff editor shows. Adding a field is one entry here plus its words (<c>Field.key.Label</c>
/// and <c>.Help</c>) in the web layer's resources; a term field also needs its vocabulary in <c>taxonomy.yml</c>.
/// </summary>
public static class ListingFields
{
    /// <summary>The site's fields, in canonical order; the body last.</summary>
    public static FieldRegistry Registry { get; } = new(
    [
        Text("name", l => l.Name, (l, v) => l with { Name = v ?? "" }, required: true, review: true),
        Text("organization", l => l.Organization, (l, v) => l with { Organization = v }, review: true),
        Terms(VocabularyNames.LevelsOfCare, required: true, review: true),
        Terms(VocabularyNames.Conditions, required: true),
        Terms(VocabularyNames.Modalities),
        Terms(VocabularyNames.Ages),
        Terms(VocabularyNames.Formats, required: true),
        Field("virtual_states", FieldKind.States, l => l.VirtualStates, (r, l, k) => l with { VirtualStates = FieldReaders.States(r, k) },
            (y, v) => y.Ids(v), v => v.Count > 0),
        Terms(VocabularyNames.Insurance),
        Terms(VocabularyNames.Languages, absent: ["en"]),
        Terms(VocabularyNames.Accreditation, review: true),
        Terms(VocabularyNames.Medications),
        Terms(VocabularyNames.Populations),
        Terms(VocabularyNames.Genders),
        Terms(VocabularyNames.Features),
        Field("program_weeks", FieldKind.WeekRange, l => l.ProgramWeeks, (r, l, k) => l with { ProgramWeeks = GroupReaders.Weeks(r, k) },
            (y, v) => FieldWriters.Weeks(y, v!), v => v is not null) with { Parts = ["min", "max"] },
        Field("schedule", FieldKind.Schedule, l => l.Schedule, (r, l, _) => l with { Schedule = new ScheduleReader(r.Fields).Read(r.Map) },
            FieldWriters.Schedule, v => v.Count > 0) with { Parts = ScheduleReader.TrackKeys },
        Field("locations", FieldKind.Locations, l => l.Locations, (r, l, _) => l with { Locations = new LocationReader(r.Fields, r.Zips).Read(r.Map) },
            FieldWriters.Locations, v => v.Count > 0) with { NeedsReview = true, Parts = LocationReader.LocationKeys },
        Field("contact", FieldKind.Contact, l => l.Contact, (r, l, _) => l with { Contact = new ContactReader(r.Fields).Read(r.Map) },
            FieldWriters.Contact, v => !FieldWriters.IsEmpty(v)) with { Parts = ContactReader.ContactKeys },
        Field("accepting_new_patients", FieldKind.Bool, l => l.AcceptingNewPatients, (r, l, k) => l with { AcceptingNewPatients = r.Fields.Bool(r.Map, k) },
            (y, v) => y.Bool(v!.Value), v => v is not null),
        Field("waitlist_weeks", FieldKind.Int, l => l.WaitlistWeeks, (r, l, k) => l with { WaitlistWeeks = r.Fields.Int(r.Map, k, 0, 520) },
            (y, v) => y.Number(v!.Value), v => v is not null),
        Date("openings_updated", l => l.OpeningsUpdated, (l, v) => l with { OpeningsUpdated = v }),
        Date("last_reviewed", l => l.LastReviewed, (l, v) => l with { LastReviewed = v }),
        Field("confirmed", FieldKind.Confirmation, l => l.Confirmed, (r, l, k) => l with { Confirmed = GroupReaders.Confirmation(r, k) },
            (y, v) => FieldWriters.Confirmation(y, v!), v => v is not null) with { Parts = ["date", "by"] },
        Field("other_services", FieldKind.TextList, l => l.OtherServices, (r, l, k) => l with { OtherServices = FieldReaders.TextList(r, k) },
            (y, v) => y.List(() => { foreach (var line in v) y.Text(line); }), v => v.Count > 0),
        Field("source", FieldKind.Sources, l => l.Sources, (r, l, k) => l with { Sources = GroupReaders.Sources(r, k) },
            FieldWriters.Sources, v => v.Count > 0) with { Parts = ["name", "year", "imported"] },
        Field("claimed", FieldKind.Bool, l => l.Claimed, (r, l, k) => l with { Claimed = r.Fields.Bool(r.Map, k) ?? false },
            (y, _) => y.Bool(true), v => v),
        Field("example", FieldKind.Bool, l => l.Example, (r, l, k) => l with { Example = r.Fields.Bool(r.Map, k) ?? false },
            (y, _) => y.Bool(true), v => v),
        Field("description_language", FieldKind.Language, l => l.DescriptionLanguage,
            (r, l, k) => l with { DescriptionLanguage = FieldReaders.Language(r, k) }, (y, v) => y.Plain(v!), v => v is not null),
        new FieldDefinition
        {
            Key = "body", Kind = FieldKind.Markdown, Get = l => l.Body, Read = (r, l) => l with { Body = r.Body }, Write = (_, _) => { },
        },
    ]);

    /// <summary>Every field of the site, in canonical order; the body last.</summary>
    public static IReadOnlyList<FieldDefinition> All => Registry.All;

    /// <summary>The term fields, in canonical order: each one's key is its vocabulary.</summary>
    public static IReadOnlyList<FieldDefinition> TermFields => Registry.TermFields;

    /// <summary>Every key front matter may have.</summary>
    public static IReadOnlyList<string> FrontMatterKeys => Registry.FrontMatterKeys;

    /// <summary>The field with this key, or null.</summary>
    public static FieldDefinition? Find(string key) => Registry.Find(key);

    /// <summary>The fields whose values differ between two versions of a listing (<see cref="FieldRegistry.Changed"/>).</summary>
    public static IReadOnlyList<FieldDefinition> Changed(Listing before, Listing after) => Registry.Changed(before, after);

    private static FieldDefinition Terms(string vocabulary, bool required = false, bool review = false, IReadOnlyList<string>? absent = null) =>
        Field(vocabulary, FieldKind.Terms, l => l.Terms[vocabulary],
            (r, l, k) =>
            {
                r.Terms.Add(new TermList(k, FieldReaders.Terms(r, k, required, absent ?? [])));
                return l;
            },
            (y, v) => y.Ids(v), v => v.Count > 0) with { Vocabulary = vocabulary, Required = required, NeedsReview = review };

    private static FieldDefinition Text(string key, Func<Listing, string?> get, Func<Listing, string?, Listing> set, bool required = false, bool review = false) =>
        Field(key, FieldKind.Text, get, (r, l, k) => set(l, FieldReaders.Text(r, k, required)), (y, v) => y.Text(v!), v => v is not null)
            with { Required = required, NeedsReview = review };

    private static FieldDefinition Date(string key, Func<Listing, DateOnly?> get, Func<Listing, DateOnly?, Listing> set) =>
        Field(key, FieldKind.Date, get, (r, l, k) => set(l, FieldReaders.Date(r.Fields, r.Map, k)), (y, v) => y.Date(v!.Value), v => v is not null);

    /// <summary>A front-matter field: its value read from its key, written under it when <paramref name="given"/> says the listing gives it.</summary>
    private static FieldDefinition Field<T>(string key, FieldKind kind, Func<Listing, T> get, Func<FieldReading, Listing, string, Listing> read,
        Action<YamlOut, T> write, Func<T, bool> given) => new()
        {
            Key = key,
            Kind = kind,
            Get = l => get(l),
            Read = (r, l) => read(r, l, key),
            Write = (l, y) =>
            {
                var value = get(l);
                if (given(value)) write(y.Plain(key), value);
            },
        };
}
