namespace IopFinder.Web.Manage.SignIn;

/// <summary>The secrets of one issued sign-in, in clear only long enough to be e-mailed.</summary>
public sealed record SignInIssue(string Link, string Code);
