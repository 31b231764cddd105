namespace IopFinder.Web.Manage.Data;

/// <summary>The acts the audit records.</summary>
public enum AuditAction
{
    SignIn,
    SignOut,
    ClaimGranted,
    ClaimQueued,
    Invite,
    ReviewApproved,
    ReviewRejected,
    Change,
    NewProgram,
    Confirm,
}
