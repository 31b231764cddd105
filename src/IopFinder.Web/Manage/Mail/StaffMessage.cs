namespace IopFinder.Web.Manage.Mail;

/// <summary>One plain-text message to one person.</summary>
public sealed record StaffMessage(string To, string Subject, string Body);
