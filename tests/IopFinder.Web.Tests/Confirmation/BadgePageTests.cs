using System.Net;

namespace IopFinder.Web.Tests.Confirmation;

/// <summary>Program pages, result cards and the comparison say how fresh a confirmation is, in English and Spanish, and stale openings read as "doesn't say".</summary>
public class BadgePageTests(BadgeCatalogFactory factory) : IClassFixture<BadgeCatalogFactory>
{
    private async Task<string> Html(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(BadgeCatalogFactory.Confirmed, "", "Confirmed by the program on November 1, 2026")]
    [InlineData(BadgeCatalogFactory.Confirmed, "?lang=es", "Confirmado por el programa el 1 de noviembre de 2026")]
    [InlineData(BadgeCatalogFactory.Checked, "", "Checked by IopFinder on October 1, 2026")]
    [InlineData(BadgeCatalogFactory.Checked, "?lang=es", "Revisado por IopFinder el 1 de octubre de 2026")]
    [InlineData(BadgeCatalogFactory.Lapsed, "", "Last confirmed August 1, 2026 — may be out of date")]
    [InlineData(BadgeCatalogFactory.Lapsed, "?lang=es", "Confirmado por última vez el 1 de agosto de 2026; puede estar desactualizado")]
    [InlineData(BadgeCatalogFactory.Never, "", "the program has not confirmed these details")]
    [InlineData(BadgeCatalogFactory.Never, "?lang=es", "El programa no ha confirmado estos datos")]
    public async Task ProgramPage_SaysHowFreshTheConfirmationIs_InTheReadersLanguage(string id, string lang, string expected)
    {
        Assert.Contains(expected, await Html($"/programs/{id}{lang}"));
    }

    [Fact]
    public async Task ProgramPage_NeverConfirmed_ShowsNoConfirmedBadge()
    {
        var html = await Html($"/programs/{BadgeCatalogFactory.Never}");

        Assert.DoesNotContain("Confirmed by the program", html);
        Assert.DoesNotContain("Last confirmed", html);
    }

    [Theory]
    [InlineData("", "the program has not confirmed", "Checked by IopFinder on October 1, 2026.")]
    [InlineData("?lang=es", "no ha confirmado", "Revisado por IopFinder el 1 de octubre de 2026.")]
    public async Task ProgramPage_ImportedThenChecked_NoLongerSaysUnconfirmed(string lang, string unconfirmed, string provenance)
    {
        var html = await Html($"/programs/{BadgeCatalogFactory.Checked}{lang}");

        Assert.DoesNotContain(unconfirmed, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no lo ha confirmado", html);
        Assert.Contains(provenance, html);
        Assert.Contains("SAMHSA", html);
    }

    [Theory]
    [InlineData("", "Accepting new patients", "Openings updated November 20, 2026")]
    [InlineData("?lang=es", "Acepta pacientes nuevos", "Cupo actualizado el 20 de noviembre de 2026")]
    public async Task ProgramPage_CurrentOpenings_SayWhenTheyWereUpdated(string lang, string accepting, string updated)
    {
        var html = await Html($"/programs/{BadgeCatalogFactory.Confirmed}{lang}");

        Assert.Contains(accepting, html);
        Assert.Contains(updated, html);
    }

    [Theory]
    [InlineData("", "Openings last updated October 1, 2026; that is too old to rely on — please call", "Accepting new patients (confirm when you call)")]
    [InlineData("?lang=es", "El cupo se actualizó por última vez el 1 de octubre de 2026", "Acepta pacientes nuevos (confírmelo cuando llame)")]
    public async Task ProgramPage_OpeningsOlderThan30Days_DoNotSayAccepting(string lang, string stale, string accepting)
    {
        var html = await Html($"/programs/{BadgeCatalogFactory.Lapsed}{lang}");

        Assert.Contains(stale, html);
        Assert.DoesNotContain(accepting, html);
        Assert.DoesNotContain("3 weeks", html);
    }

    [Fact]
    public async Task ProgramPage_UndatedOpenings_StillSayWhatTheListingSays()
    {
        Assert.Contains("Not accepting new patients", await Html($"/programs/{BadgeCatalogFactory.Undated}"));
    }

    [Theory]
    [InlineData("", "Confirmed by the program on November 1, 2026", "Last confirmed August 1, 2026 — may be out of date", "From SAMHSA public data; the program has not confirmed it")]
    [InlineData("&lang=es", "Confirmado por el programa el 1 de noviembre de 2026", "Confirmado por última vez el 1 de agosto de 2026", "Datos públicos de SAMHSA; el programa no los ha confirmado")]
    public async Task ResultCards_SayEachListingsConfirmation(string lang, string confirmed, string lapsed, string never)
    {
        var html = await Html($"/?condition=depression{lang}");

        Assert.Contains(confirmed, html);
        Assert.Contains(lapsed, html);
        Assert.Contains(never, html);
    }

    [Fact]
    public async Task ResultCards_StaleOpenings_AskAboutOpenings()
    {
        var html = await Html("/?condition=depression");
        var lapsedCard = html[html.IndexOf($"id=\"result-{BadgeCatalogFactory.Lapsed}\"", StringComparison.Ordinal)..];
        lapsedCard = lapsedCard[..lapsedCard.IndexOf("</li>", StringComparison.Ordinal)];

        Assert.Contains("Call to ask about openings", lapsedCard);
        Assert.DoesNotContain("Accepting new patients (confirm when you call)", lapsedCard);
    }

    [Theory]
    [InlineData("", "Confirmed by the program on November 1, 2026", "Last confirmed August 1, 2026 — may be out of date")]
    [InlineData("&lang=es", "Confirmado por el programa el 1 de noviembre de 2026", "Confirmado por última vez el 1 de agosto de 2026")]
    public async Task Compare_SaysEachProgramsConfirmation(string lang, string confirmed, string lapsed)
    {
        var html = await Html($"/compare?ids={BadgeCatalogFactory.Confirmed},{BadgeCatalogFactory.Lapsed}{lang}");

        Assert.Contains(confirmed, html);
        Assert.Contains(lapsed, html);
    }

    [Fact]
    public async Task Compare_StaleOpenings_ReadAsNotListed()
    {
        var html = await Html($"/compare?ids={BadgeCatalogFactory.Lapsed},{BadgeCatalogFactory.Never}");

        Assert.DoesNotContain("Accepting new patients (confirm when you call)", html);
    }

    [Fact]
    public async Task SearchForm_OffersTheConfirmedChoice()
    {
        var html = await Html("/?condition=depression");

        Assert.Contains("name=\"confirmed\"", html);
        Assert.Contains("Confirmed in the last 90 days", html);
    }
}
