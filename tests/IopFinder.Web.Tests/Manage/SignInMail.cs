using System.Text.RegularExpressions;
using MimeKit;

namespace IopFinder.Web.Tests.Manage;

/// <summary>What a sign-in e-mail carries: its link (path and query) and its 6-digit code.</summary>
public sealed partial record SignInMail(MimeMessage Message, string Link, string Code)
{
    public static SignInMail From(MimeMessage message)
    {
        var text = message.TextBody ?? "";
        var link = new Uri(LinkPattern().Match(text).Value);
        return new SignInMail(message, link.PathAndQuery, CodePattern().Match(text).Groups[1].Value);
    }

    [GeneratedRegex(@"https?://\S+/manage/sign-in/confirm\?\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex CodePattern();
}
