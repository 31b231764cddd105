using IopFinder.Core.Common;
using IopFinder.Core.Editing;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

/// <summary>Forms no editor sends: each is refused with a message at a key, without an exception.</summary>
public class HostileFormTests
{
    public static TheoryData<string, List<KeyValuePair<string, IReadOnlyList<string>>>, string, string> Forms => new()
    {
        { "10,000 schedule tracks", With([.. Enumerable.Range(0, 10_000).Select(i => ($"schedule[{i}].days", (string[]?)["mon"]))]), "schedule", "at most 20 entries under 'schedule'" },
        { "a huge index", With(("schedule[999999].days", ["mon"])), "schedule", "not schedule[999999].days" },
        { "an index beyond int", With(("schedule[99999999999].days", ["mon"])), "schedule[99999999999].days", "is not a field of a listing" },
        { "a 1 MB body", With(("body", [new string('a', 1_048_576)])), "body", "the description has 1,048,576 characters; it can have at most 20,000" },
        { "script in the body", With(("body", ["Welcome <script>alert(1)</script>"])), "body", "the description contains HTML ('<script>')" },
        { "an HTML block in the body", With(("body", ["<iframe src=https://evil.example></iframe>"])), "body", "the description contains HTML" },
        { "the body twice", With(("body", ["one", "two"])), "body", "sent twice" },
        { "a ZIP of letters", With(("locations[0].zip", ["ABCDE"])), "locations[0].zip", "ZIP 'ABCDE' must be five digits" },
        { "a key that is markup", With(("<script>alert(1)</script>", ["x"])), "<script>alert(1)</script>", "is not a field of a listing" },
        { "a key that is no field", With(("password", ["x"])), "password", "unknown field 'password'" },
        { "a path in a key", With(("../../etc/passwd", ["x"])), "../../etc/passwd", "is not a field of a listing" },
        { "a field the portal keeps", With(("source", ["Me"])), "source", "kept by the portal" },
        { "an index on a plain field", With(("conditions[0]", ["ptsd"])), "conditions[0]", "has no numbered entries" },
        { "an entry without a part", With(("schedule[0]", ["mon"])), "schedule[0]", "must name one part of an entry" },
        { "a part without an entry", With(("schedule.days", ["mon"])), "schedule.days", "must name one part of an entry, like 'schedule[0].days'" },
        { "a group and its value", With(("contact", ["617-555-0100"])), "contact", "sent both as one value and as parts" },
        { "a value sent twice", With(("contact.phone", ["617-555-0100", "617-555-0101"])), "contact.phone", "'phone' must be a single value" },
        { "a very long value", With(("contact.referral", [new string('x', 5_000)])), "contact.referral", "it can have at most 1,000" },
        { "too many checkboxes", With(("conditions", [.. Enumerable.Repeat("ptsd", 301)])), "conditions", "it can have at most 300" },
        { "too many inputs", [.. Enumerable.Range(0, 6_000).Select(i => new KeyValuePair<string, IReadOnlyList<string>>($"k{i}", ["x"]))], "", "more than 5,000 values" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Read_HostileForm_IsRefusedWithMessageAtKey(string why, List<KeyValuePair<string, IReadOnlyList<string>>> form, string key, string message)
    {
        var result = Reader().Read("harbor-view-iop", form, null);

        Assert.True(result.Listing is null, why);
        Assert.Null(result.Text);
        Assert.Contains(result.Problems, p => p.Key == key && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.InRange(result.Problems.Count, 1, 31);
        Assert.All(result.Problems, p => Assert.Contains(p.Code ?? "no code", ProblemCodes.All));
    }

    [Fact]
    public void Read_ScriptAsCodeInBody_IsMarkdownAndAccepted()
    {
        var result = Reader().Read("harbor-view-iop", With(("body", ["Type `<script>` to see nothing happen."])), null);

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Read_LimitsAsOptions_AreTheOnesApplied()
    {
        var limits = new EditLimits { MaxTracks = 1 };

        var result = Reader(limits).Read("harbor-view-iop", With(("schedule[1].days", ["tue"])), null);

        Assert.Contains(result.Problems, p => p.Key == "schedule" && p.Message.Contains("at most 1 entries"));
    }

    [Fact]
    public void Read_ThousandsOfUnknownKeys_AreSummedUp()
    {
        var form = With([.. Enumerable.Range(0, 2_000).Select(i => ($"x-{i}", (string[]?)["1"]))]);

        var result = Reader().Read("harbor-view-iop", form, null);

        Assert.Equal(31, result.Problems.Count);
        Assert.Equal(new FormProblem("", "and 1,970 more problems"), result.Problems[^1]);
    }

    [Fact]
    public void Read_SpanishRequestCulture_WritesNumbersInTheMessagesOneWay()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("es-ES");
        try
        {
            var result = Reader().Read("harbor-view-iop", With(("body", [new string('a', 1_048_576)])), null);

            Assert.Contains(result.Problems, p => p.Message.Contains("1,048,576 characters; it can have at most 20,000", StringComparison.Ordinal));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
