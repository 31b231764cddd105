using IopFinder.Core.Common;
using IopFinder.Core.Geo;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>Reads what <see cref="SnapshotWriter"/> wrote; throws <see cref="InvalidDataException"/> on anything else.</summary>
internal sealed class SnapshotReader
{
    private readonly BinaryReader _in;
    private readonly string[] _strings;

    // Many listings name the same terms of a vocabulary (English; in person): one shared list each, not one per listing.
    private readonly Dictionary<TermList, TermList> _termLists = new(SameTerms.Instance);

    private SnapshotReader(BinaryReader input, string[] strings)
    {
        _in = input;
        _strings = strings;
    }

    public static List<SnapshotEntry> Read(Stream stream)
    {
        using var input = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (input.ReadString() != SnapshotFormat.Magic) throw new InvalidDataException("not a listing snapshot of this layout");
        var strings = new string[Count(input)];
        for (var i = 0; i < strings.Length; i++) strings[i] = input.ReadString();
        var reader = new SnapshotReader(input, strings);
        var count = Count(input);
        var entries = new List<SnapshotEntry>(count);
        for (var i = 0; i < count; i++) entries.Add(reader.Entry());
        return entries;
    }

    private SnapshotEntry Entry()
    {
        var path = Text();
        var length = _in.ReadInt64();
        var writeTicks = _in.ReadInt64();
        var hash = Text();
        var relative = Text();
        var served = _in.ReadBoolean() ? Listing() : null;
        var problems = List(Diagnostic);
        var modified = _in.ReadBoolean() ? new DateTimeOffset(_in.ReadInt64(), TimeSpan.Zero) : (DateTimeOffset?)null;
        var file = new ListingFile(relative, served, problems) { Modified = modified, Hash = OptionalText() };
        return new SnapshotEntry(path, length, writeTicks, hash, file);
    }

    private Listing Listing()
    {
        var id = Text();
        var name = Text();
        var organization = OptionalText();
        var terms = ListingTerms.OfOrdered(List(Terms));
        var lists = new IReadOnlyList<string>[SnapshotFormat.ListCount];
        for (var i = 0; i < lists.Length; i++) lists[i] = List(Text);
        var weeks = _in.ReadBoolean() ? new WeekRange(_in.ReadInt32(), _in.ReadInt32()) : null;
        var schedule = List(Track);
        var locations = List(Location);
        var contact = new Contact { Phone = OptionalText(), Website = OptionalText(), Email = OptionalText(), Referral = OptionalText() };
        var accepting = _in.ReadSByte() switch { 1 => true, 0 => false, _ => (bool?)null };
        var waitlist = _in.ReadInt32();
        var openings = Day(_in.ReadInt32());
        var reviewed = _in.ReadInt32();
        var confirmed = Day(_in.ReadInt32()) is { } on ? new Confirmation(on, Confirmer(_in.ReadByte())) : null;
        var sources = List(() => new ListingSource(Text(), Optional(_in.ReadInt32()), Day(_in.ReadInt32())));
        var extra = ExtraFlags.Empty;
        foreach (var (key, answer) in List(() => (Text(), _in.ReadBoolean()))) extra = extra.With(key, answer);
        return new Listing
        {
            Id = id, Name = name, Organization = organization, Terms = terms,
            VirtualStates = lists[0], OtherServices = lists[1], States = lists[2],
            ProgramWeeks = weeks, Schedule = schedule, Locations = locations, Contact = contact,
            AcceptingNewPatients = accepting, WaitlistWeeks = Optional(waitlist), OpeningsUpdated = openings, LastReviewed = Day(reviewed),
            Confirmed = confirmed, Sources = sources, Extra = extra,
            Claimed = _in.ReadBoolean(), Example = _in.ReadBoolean(), DescriptionLanguage = OptionalText(), Body = Text(), SourcePath = Text(),
        };
    }

    private TermList Terms()
    {
        var read = new TermList(Text(), List(Text));
        if (_termLists.TryGetValue(read, out var shared)) return shared;
        _termLists.Add(read, read);
        return read;
    }

    private static ConfirmedBy Confirmer(byte value) =>
        Enum.IsDefined((ConfirmedBy)value) ? (ConfirmedBy)value : throw new InvalidDataException("unknown confirmer");

    private Track Track() => new()
    {
        Name = Text(),
        Days = List(() => (DayOfWeek)_in.ReadByte()),
        Start = new TimeOnly(_in.ReadInt64()),
        End = new TimeOnly(_in.ReadInt64()),
        HoursPerWeek = _in.ReadDouble(),
        TimeOfDay = (TimeOfDayBand)_in.ReadByte(),
    };

    private Location Location() => new()
    {
        Address = OptionalText(),
        City = Text(),
        State = Text(),
        Zip = Text(),
        Point = _in.ReadBoolean() ? new GeoPoint(_in.ReadDouble(), _in.ReadDouble()) : null,
        PointFromZip = _in.ReadBoolean(),
    };

    private Diagnostic Diagnostic() => new(Text(), _in.ReadInt32(), Text()) { Field = OptionalText() };

    private T[] List<T>(Func<T> item)
    {
        var count = Count(_in);
        // Most listings leave most lists empty: one shared empty array, not one each.
        if (count == 0) return [];
        var items = new T[count];
        for (var i = 0; i < items.Length; i++) items[i] = item();
        return items;
    }

    private string Text() => _strings[Index()];

    private string? OptionalText() => _in.ReadInt32() is var i and >= 0 ? _strings[Checked(i)] : null;

    private int Index() => Checked(_in.ReadInt32());

    private int Checked(int index) => (uint)index < (uint)_strings.Length ? index : throw new InvalidDataException("string index out of range");

    // Every item takes at least a byte, so a count beyond what is left is damage, not a reason to allocate.
    private static int Count(BinaryReader input) =>
        input.ReadInt32() is var n && n >= 0 && n <= input.BaseStream.Length - input.BaseStream.Position ? n : throw new InvalidDataException("count out of range");

    private static int? Optional(int value) => value < 0 ? null : value;

    private static DateOnly? Day(int dayNumber) => dayNumber < 0 ? null : DateOnly.FromDayNumber(dayNumber);

    /// <summary>Term lists alike when they name the same ids of the same vocabulary, in the same order.</summary>
    private sealed class SameTerms : IEqualityComparer<TermList>
    {
        public static readonly SameTerms Instance = new();

        public bool Equals(TermList? x, TermList? y) =>
            x is not null && y is not null && x.Vocabulary == y.Vocabulary && x.Ids.SequenceEqual(y.Ids, StringComparer.Ordinal);

        public int GetHashCode(TermList list)
        {
            var hash = new HashCode();
            hash.Add(list.Vocabulary);
            foreach (var id in list.Ids) hash.Add(id);
            return hash.ToHashCode();
        }
    }
}
