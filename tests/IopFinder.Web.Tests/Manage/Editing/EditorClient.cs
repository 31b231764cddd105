using AngleSharp.Html.Dom;

namespace IopFinder.Web.Tests.Manage.Editing;

/// <summary>A signed-in person using the editor as a browser would: opens the form, changes inputs, posts every successful control.</summary>
public sealed class EditorClient(PortalClient client)
{
    public PortalClient Portal => client;

    public HttpClient Http => client.Http;

    public async Task<IHtmlDocument> OpenAsync(string url) => await PortalClient.Html(await client.Http.GetAsync(url));

    /// <summary>The values a browser would post from the page's editor form, in document order.</summary>
    public static List<KeyValuePair<string, string>> Inputs(IHtmlDocument page)
    {
        var form = page.QuerySelector("form#editor") ?? throw new InvalidOperationException("the page has no editor form");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (element is IHtmlInputElement input)
            {
                if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                values.Add(new(name, input.Value));
            }
            else if (element is IHtmlTextAreaElement area)
            {
                values.Add(new(name, area.Value));
            }
        }
        return values;
    }

    /// <summary>Opens <paramref name="url"/>, applies <paramref name="change"/> to its inputs and posts them back.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, Action<List<KeyValuePair<string, string>>> change)
    {
        var inputs = Inputs(await OpenAsync(url));
        change(inputs);
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(inputs));
    }

    /// <summary>Sets the (first) input of that name, adding it when absent.</summary>
    public static void Set(List<KeyValuePair<string, string>> inputs, string name, string value)
    {
        var at = inputs.FindIndex(p => p.Key == name);
        if (at < 0) inputs.Add(new(name, value));
        else inputs[at] = new(name, value);
    }
}
