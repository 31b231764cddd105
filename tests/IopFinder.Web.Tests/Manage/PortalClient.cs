using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IopFinder.Web.Tests.Manage;

/// <summary>One person's browser on the portal: reads forms (antiforgery token included) and posts them as a browser would.</summary>
public sealed class PortalClient(HttpClient http, SmtpCapture mail)
{
    public HttpClient Http => http;

    public static async Task<IHtmlDocument> Html(HttpResponseMessage response) => new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Posts <paramref name="fields"/> to <paramref name="url"/> with the antiforgery token of the page at <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostAsync(string formPage, string url, params (string Name, string Value)[] fields)
    {
        var page = await Html(await http.GetAsync(formPage));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{formPage} has no form with an antiforgery token");
        return await http.PostAsync(url, new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]));
    }

    /// <summary>Asks for a sign-in message and returns it as received by the SMTP server.</summary>
    public async Task<SignInMail> RequestSignInAsync(string email)
    {
        var response = await PostAsync("/manage/sign-in", "/manage/sign-in", ("email", email));
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"sign-in request answered {response.StatusCode}");
        return SignInMail.From(await mail.NextAsync());
    }

    /// <summary>Signs in with the code from the e-mail, as someone typing it would.</summary>
    public async Task<HttpResponseMessage> SignInWithCodeAsync(string email)
    {
        var message = await RequestSignInAsync(email);
        return await EnterCodeAsync(email, message.Code);
    }

    /// <summary>Opens the link from the e-mail and presses its button, as someone reading the message would.</summary>
    public async Task<HttpResponseMessage> OpenLinkAsync(SignInMail mail)
    {
        var page = await Html(await http.GetAsync(mail.Link));
        var token = page.QuerySelector("form input[name=token]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{mail.Link} shows no sign-in button");
        return await PostAsync(mail.Link, "/manage/sign-in/confirm", ("token", token));
    }

    public Task<HttpResponseMessage> EnterCodeAsync(string email, string code) =>
        PostAsync("/manage/sign-in", "/manage/sign-in", ("email", email), ("code", code));

    /// <summary>Presses "Claim this listing" on the listing's claim page.</summary>
    public Task<HttpResponseMessage> ClaimAsync(string listingId, string query = "")
    {
        var url = $"/manage/claim/{listingId}{query}";
        return PostAsync(url, url);
    }
}
