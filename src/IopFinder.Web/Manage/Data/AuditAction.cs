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
    /// <summary>A maintainer edited a proposal before approving it: before is what was submitted, after what was approved.</summary>
    ReviewEdited,
}
