namespace IopFinder.Web.Manage.Data;

public enum ReviewStatus
{
    Pending,
    Approved,
    Rejected,
}
