using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IopFinder.Core.Fields;

/// <summary>
/// Front matter written through YamlDotNet's emitter, in the house style: text double-quoted (so any
/// name survives: quotes, colons, '#', a leading dash, accents), ids, numbers and dates plain, term
/// lists and small groups on one line, tracks and sites as indented blocks.
/// </summary>
internal sealed class YamlOut
{
    private readonly IEmitter _emitter;

    private YamlOut(IEmitter emitter) => _emitter = emitter;

    /// <summary>The YAML of one mapping that <paramref name="write"/> fills, without document markers.</summary>
    public static string Mapping(Action<YamlOut> write)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024, false, true, "\n"));
        var yaml = new YamlOut(emitter);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        write(yaml);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>A key (or an id) as a plain scalar.</summary>
    public YamlOut Plain(string text)
    {
        _emitter.Emit(new Scalar(text));
        return this;
    }

    /// <summary>Free text, double-quoted; control characters are dropped and the ends trimmed, as the reader trims.</summary>
    public YamlOut Text(string text)
    {
        var clean = new string([.. text.Where(ch => !char.IsControl(ch))]).Trim();
        _emitter.Emit(new Scalar(null, null, clean, ScalarStyle.DoubleQuoted, false, true));
        return this;
    }

    /// <summary>A whole number.</summary>
    public YamlOut Number(int value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A date as 2026-10-01.</summary>
    public YamlOut Date(DateOnly date) => Plain(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A time as "17:30" (quoted: YAML 1.1 would read 17:30 as a number).</summary>
    public YamlOut Time(TimeOnly time) => Text(time.ToString("HH:mm", CultureInfo.InvariantCulture));

    /// <summary>A number exactly as it reads back.</summary>
    public YamlOut Number(double value) => Plain(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A boolean.</summary>
    public YamlOut Bool(bool value) => Plain(value ? "true" : "false");

    /// <summary>Ids on one line: <c>[a, b]</c>.</summary>
    public YamlOut Ids(IEnumerable<string> ids) => List(() => { foreach (var id in ids) Plain(id); }, flow: true);

    /// <summary>A list whose items <paramref name="items"/> writes.</summary>
    public YamlOut List(Action items, bool flow = false)
    {
        _emitter.Emit(new SequenceStart(null, null, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));
        items();
        _emitter.Emit(new SequenceEnd());
        return this;
    }

    /// <summary>A group of keys and values that <paramref name="pairs"/> writes.</summary>
    public YamlOut Map(Action pairs, bool flow = false)
    {
        _emitter.Emit(new MappingStart(null, null, true, flow ? MappingStyle.Flow : MappingStyle.Block));
        pairs();
        _emitter.Emit(new MappingEnd());
        return this;
    }
}
