using IopFinder.Web.Shared.Catalogs;
using Microsoft.Extensions.Localization;

namespace IopFinder.Web.Shared.Wording;

/// <summary>Everything the site says, for one request: the reader's language and the request's catalog (its taxonomy labels).</summary>
public sealed class Words
{
    public Words(IStringLocalizer<SharedResource> text, CatalogSnapshot snapshot)
    {
        Text = text;
        Terms = new TermWords(text, snapshot.Index.Catalog.Taxonomy);
        Schedule = new ScheduleWords(text);
        Notices = new NoticeWords(text);
        Filters = new FilterWords(text);
        Dates = new DateWords(text);
        Distance = new DistanceWords(text);
        // The request's filters (a test's registry with one more), so a need of any registered filter is worded.
        var registry = snapshot.Index.Registry;
        Criteria = new CriterionWords(text, Terms, Filters, Schedule, Dates, Distance, registry);
        Questions = new QuestionWords(text, Terms, registry);
        Imported = new ImportedWords(text);
        Confirmation = new ConfirmationWords(text, Dates, Terms);
        Facts = new FactWords(text, Terms, Schedule, Distance);
    }

    /// <summary>Any resource string by key.</summary>
    public IStringLocalizer Text { get; }
    public TermWords Terms { get; }
    public ScheduleWords Schedule { get; }
    public NoticeWords Notices { get; }
    public FilterWords Filters { get; }
    public CriterionWords Criteria { get; }
    public QuestionWords Questions { get; }
    public DateWords Dates { get; }
    public DistanceWords Distance { get; }
    public ImportedWords Imported { get; }
    public ConfirmationWords Confirmation { get; }
    public FactWords Facts { get; }

    /// <summary>A resource string.</summary>
    public string this[string key] => Text[key];

    /// <summary>A resource string with its values.</summary>
    public string this[string key, params object[] values] => Text[key, values];
}
