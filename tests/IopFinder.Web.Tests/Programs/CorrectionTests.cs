using System.Net;
using AngleSharp.Html.Parser;
using IopFinder.Web.Manage.Data;
using Microsoft.Extensions.DependencyInjection;

namespace IopFinder.Web.Tests.Programs;

/// <summary>"Suggest a correction" always works: the configured address, else the program's, else a form whose suggestion joins the review queue.</summary>
public class CorrectionTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task ProgramWithoutEmail_LinksToTheCorrectionForm()
    {
        var doc = new HtmlParser().ParseDocument(await factory.CreateClient().GetStringAsync("/programs/twin-ports-example-iop"));
        Assert.Equal("/corrections?id=twin-ports-example-iop", doc.QuerySelectorAll(".correction-links a").First(a => a.TextContent == "Suggest a correction").GetAttribute("href"));
    }

    [Fact]
    public async Task CorrectionForm_QueuesTheSuggestionForReviewWithoutWritingFiles()
    {
        var client = factory.CreateClient();
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/corrections?id=twin-ports-example-iop"));
        Assert.NotNull(form.QuerySelector("form textarea#suggestion"));
        var response = await client.PostAsync("/corrections?id=twin-ports-example-iop",
            new FormUrlEncodedContent([new("suggestion", "The phone number is now 218-555-0199."), new("contact", "")]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("a maintainer of this directory or the program will read it", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("waiting for review: 1", await client.GetStringAsync("/status"));
        using var scope = factory.StaffScope();
        var queued = scope.ServiceProvider.GetRequiredService<StaffDb>().ReviewItems.Single(i => i.Kind == ReviewKind.Correction);
        Assert.Equal(("twin-ports-example-iop", ReviewItem.PublicSubmitter), (queued.ListingId, queued.Submitter));
        Assert.Contains("218-555-0199", queued.Payload);
    }

    [Fact]
    public async Task CorrectionForm_EmptySuggestion_AsksAgain_UnknownProgram_IsNotFound()
    {
        var client = factory.CreateClient();
        var empty = await client.PostAsync("/corrections?id=harborview-example-iop", new FormUrlEncodedContent([new("suggestion", "   ")]));
        Assert.Contains("Please write what should change", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/corrections?id=no-such-program")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/corrections?id=no-such-program", new FormUrlEncodedContent([new("suggestion", "x")]))).StatusCode);
    }

    [Fact]
    public async Task ProgramPage_KeepsStaffInstructionsOnTheStaffPage()
    {
        var client = factory.CreateClient();
        var program = new HtmlParser().ParseDocument(await client.GetStringAsync("/programs/twin-ports-example-iop"));
        Assert.DoesNotContain("claimed: true", program.Body!.TextContent);
        var link = program.QuerySelectorAll(".correction-links a").Single(a => a.TextContent == "Is this your program?");
        var staff = await client.GetStringAsync(link.GetAttribute("href"));
        Assert.Contains("href=\"/manage/claim/twin-ports-example-iop\"", staff);
        Assert.DoesNotContain("claimed: true", staff);
    }
}
