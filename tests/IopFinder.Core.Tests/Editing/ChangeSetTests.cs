using IopFinder.Core.Editing;
using static IopFinder.Core.Tests.Editing.EditForms;

namespace IopFinder.Core.Tests.Editing;

public class ChangeSetTests
{
    private static string Edited(params (string Key, string[]? Values)[] changes) => Reader().Read("harbor-view-iop", With(changes), null).Text!;

    [Fact]
    public void Between_SameListing_HasNoChanges()
    {
        Assert.Empty(ChangeSet.Between(ValidText(), Edited()));
    }

    [Fact]
    public void Between_EditedFields_NamesEachTopLevelKeyOnceInFileOrder()
    {
        var after = Edited(("schedule[0].start", ["18:00"]), ("contact.phone", ["617-555-0199"]), ("conditions", ["ptsd"]), ("body", ["New text."]));

        var changes = ChangeSet.Between(ValidText(), after);

        Assert.Equal(["conditions", "schedule", "contact", "body"], changes.Select(c => c.Key));
        var contact = changes.Single(c => c.Key == "contact");
        Assert.Contains("617-555-0100", contact.Before);
        Assert.Contains("617-555-0199", contact.After);
    }

    [Fact]
    public void Between_RemovedField_HasNoAfterAndKeepsItsPlace()
    {
        var after = Edited(("program_weeks.min", null), ("program_weeks.max", null), ("accepting_new_patients", null));

        var changes = ChangeSet.Between(ValidText(), after);

        Assert.Equal(["program_weeks", "accepting_new_patients"], changes.Select(c => c.Key));
        Assert.All(changes, c => Assert.Null(c.After));
    }

    [Fact]
    public void Between_NewListing_ChangesEveryField()
    {
        var changes = ChangeSet.Between(null, ValidText());

        Assert.Equal("name", changes[0].Key);
        Assert.All(changes, c => Assert.Null(c.Before));
        Assert.Contains(changes, c => c.Key == "body");
    }

    [Theory]
    [InlineData("contact.phone", "617-555-0199", "contact.phone")]
    [InlineData("contact.email", "intake@harbor.example.org", "contact.email")]
    [InlineData("program_weeks.max", "10", "program_weeks.max")]
    [InlineData("schedule[0].end", "21:00", "schedule")]
    [InlineData("conditions", "ptsd", "conditions")]
    public void Names_ChangedGroup_NamesItsChangedParts(string input, string value, string name)
    {
        var changes = ChangeSet.Between(ValidText(), Edited((input, [value])));

        Assert.Equal([name], ChangeNames.Of(changes));
    }

    [Theory]
    [InlineData("name", "Harbor View Day Program", true)]
    [InlineData("organization", "Harbor Health", true)]
    [InlineData("levels_of_care", "php", true)]
    [InlineData("accreditation", "joint-commission", true)]
    [InlineData("locations[0].zip", "02138", true)]
    [InlineData("contact.phone", "617-555-0199", false)]
    [InlineData("accepting_new_patients", "false", false)]
    [InlineData("body", "Now also on Saturdays.", false)]
    public void NeedsReview_IdentityAndCredentialsOnly(string input, string value, bool review)
    {
        var change = Assert.Single(ChangeSet.Between(ValidText(), Edited((input, [value]))));

        Assert.Equal(review, change.NeedsReview);
    }
}
