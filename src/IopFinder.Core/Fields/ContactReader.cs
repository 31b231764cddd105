using IopFinder.Core.Common;
using System.Text.RegularExpressions;
using IopFinder.Core.Listings;
using YamlDotNet.RepresentationModel;

namespace IopFinder.Core.Fields;

/// <summary>Reads <c>contact</c>: a dialable phone, an http(s) website, an e-mail address.</summary>
internal sealed partial class ContactReader(YamlFields file)
{
    internal static readonly string[] ContactKeys = ["phone", "website", "email", "referral"];

    public Contact Read(YamlMappingNode map)
    {
        var contact = file.Map(map, "contact");
        if (contact is null) return new Contact();
        var fields = file.Within("contact");
        fields.UnknownKeys(contact, ContactKeys, " in 'contact'");

        var phone = fields.Text(contact, "phone");
        if (phone is not null && phone.Count(char.IsAsciiDigit) is < 7 or > 15)
        {
            fields.Error(YamlFields.Get(contact, "phone")!, $"phone '{phone}' must have 7 to 15 digits, like \"617-555-0100\"", "phone", ProblemCodes.PhoneDigits, phone);
        }
        var website = fields.Text(contact, "website");
        if (website is not null && !IsWebAddress(website))
        {
            fields.Error(YamlFields.Get(contact, "website")!, $"website '{website}' must be a full address starting with https:// or http://", "website", ProblemCodes.WebsiteFormat, website);
        }
        var email = fields.Text(contact, "email");
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            fields.Error(YamlFields.Get(contact, "email")!, $"email '{email}' is not an e-mail address like intake@example.org", "email", ProblemCodes.EmailFormat, email);
        }
        return new Contact { Phone = phone, Website = website, Email = email, Referral = fields.Text(contact, "referral") };
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex(@"^[^@\s<>""']+@[^@\s<>""']+\.[A-Za-z]{2,}$")]
    private static partial Regex EmailPattern();
}
