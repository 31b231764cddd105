using IopFinder.Core.Common;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>
/// Writes the listing snapshot in a compact binary form: every string once, in a table read first,
/// then each entry's fields in a fixed order (<see cref="SnapshotFormat"/>). Reading it back allocates
/// each distinct string once, so term ids, cities and states are shared by every listing that has them.
/// </summary>
internal sealed class SnapshotWriter
{
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly BinaryWriter _body = new(new MemoryStream());

    public static void Write(Stream stream, IReadOnlyList<SnapshotEntry> entries)
    {
        var writer = new SnapshotWriter();
        writer._body.Write(entries.Count);
        foreach (var entry in entries) writer.Entry(entry);
        using var output = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        output.Write(SnapshotFormat.Magic);
        output.Write(writer._strings.Count);
        foreach (var text in writer._strings.OrderBy(p => p.Value).Select(p => p.Key)) output.Write(text);
        writer._body.Flush();
        ((MemoryStream)writer._body.BaseStream).WriteTo(stream);
    }

    private void Entry(SnapshotEntry entry)
    {
        Text(entry.Path);
        _body.Write(entry.Length);
        _body.Write(entry.WriteTicks);
        Text(entry.Hash);
        var file = entry.File;
        Text(file.RelativePath);
        _body.Write(file.Served is not null);
        if (file.Served is { } listing) Listing(listing);
        _body.Write(file.Problems.Count);
        foreach (var problem in file.Problems) Diagnostic(problem);
        OptionalTicks(file.Modified?.UtcTicks);
        OptionalText(file.Hash);
    }

    private void Listing(Listing l)
    {
        Text(l.Id);
        Text(l.Name);
        OptionalText(l.Organization);
        // Terms by vocabulary name, not by position: a vocabulary added or reordered cannot shift another's ids.
        _body.Write(l.Terms.Count());
        foreach (var terms in l.Terms)
        {
            Text(terms.Vocabulary);
            Texts(terms.Ids);
        }
        foreach (var list in SnapshotFormat.Lists(l)) Texts(list);
        _body.Write(l.ProgramWeeks is not null);
        if (l.ProgramWeeks is { } weeks)
        {
            _body.Write(weeks.Min);
            _body.Write(weeks.Max);
        }
        _body.Write(l.Schedule.Count);
        foreach (var track in l.Schedule) Track(track);
        _body.Write(l.Locations.Count);
        foreach (var location in l.Locations) Location(location);
        OptionalText(l.Contact.Phone);
        OptionalText(l.Contact.Website);
        OptionalText(l.Contact.Email);
        OptionalText(l.Contact.Referral);
        _body.Write((sbyte)(l.AcceptingNewPatients switch { true => 1, false => 0, null => -1 }));
        _body.Write(l.WaitlistWeeks ?? -1);
        _body.Write(l.OpeningsUpdated?.DayNumber ?? -1);
        _body.Write(l.LastReviewed?.DayNumber ?? -1);
        _body.Write(l.Confirmed?.Date.DayNumber ?? -1);
        if (l.Confirmed is { } confirmed) _body.Write((byte)confirmed.By);
        _body.Write(l.Sources.Count);
        foreach (var source in l.Sources)
        {
            Text(source.Name);
            _body.Write(source.Year ?? -1);
            _body.Write(source.Imported?.DayNumber ?? -1);
        }
        _body.Write(l.Extra.Count);
        foreach (var (key, answer) in l.Extra.Answers)
        {
            Text(key);
            _body.Write(answer);
        }
        _body.Write(l.Claimed);
        _body.Write(l.Example);
        OptionalText(l.DescriptionLanguage);
        Text(l.Body);
        Text(l.SourcePath);
    }

    private void Track(Track track)
    {
        Text(track.Name);
        _body.Write(track.Days.Count);
        foreach (var day in track.Days) _body.Write((byte)day);
        _body.Write(track.Start.Ticks);
        _body.Write(track.End.Ticks);
        _body.Write(track.HoursPerWeek);
        _body.Write((byte)track.TimeOfDay);
    }

    private void Location(Location location)
    {
        OptionalText(location.Address);
        Text(location.City);
        Text(location.State);
        Text(location.Zip);
        _body.Write(location.Point is not null);
        if (location.Point is { } point)
        {
            _body.Write(point.Lat);
            _body.Write(point.Lon);
        }
        _body.Write(location.PointFromZip);
    }

    private void Diagnostic(Diagnostic diagnostic)
    {
        Text(diagnostic.Path);
        _body.Write(diagnostic.Line);
        Text(diagnostic.Message);
        OptionalText(diagnostic.Field);
    }

    private void Texts(IReadOnlyList<string> texts)
    {
        _body.Write(texts.Count);
        foreach (var text in texts) Text(text);
    }

    private void OptionalText(string? text) => _body.Write(text is null ? -1 : Index(text));

    private void Text(string text) => _body.Write(Index(text));

    private void OptionalTicks(long? ticks)
    {
        _body.Write(ticks is not null);
        if (ticks is { } value) _body.Write(value);
    }

    private int Index(string text)
    {
        if (!_strings.TryGetValue(text, out var index)) _strings[text] = index = _strings.Count;
        return index;
    }
}
