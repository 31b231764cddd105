namespace IopFinder.Web.Tests;

/// <summary>A content folder with a listing that tries every injection a body or field could carry, and a broken one.</summary>
public sealed class HostileContentFactory : SiteFactory
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "iopfinder-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileContentFactory()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "programs"));
        File.Copy(Path.Combine(RepoRoot, "content", "taxonomy.yml"), Path.Combine(_dir, "taxonomy.yml"));
        File.WriteAllText(Path.Combine(_dir, "programs", "hostile.md"), HostileListing);
        File.WriteAllText(Path.Combine(_dir, "programs", "broken.md"), "---\nname: Broken\nconditions: [depresion]\n---\n");
    }

    public override string ContentPath => _dir;

    public const string HostileListing = """
        ---
        name: "<script>alert('name')</script> Example IOP"
        organization: "<img src=x onerror=alert(1)>"
        levels_of_care: [iop]
        conditions: [depression]
        formats: [in-person]
        locations:
          - address: "<b>1 Main</b>"
            city: "<i>Cambridge</i>"
            state: MA
            zip: "02139"
        contact:
          phone: "617-555-0100\"><script>alert(2)</script>"
          referral: "<a href='javascript:alert(3)'>click</a>"
        other_services: ["<script>alert(6)</script>", "<b>Help finding housing</b>"]
        ---
        <script>alert('body')</script>
        <iframe src="https://evil.example.com"></iframe>
        <style>body { display: none }</style>

        [a javascript link](javascript:alert(4)) and [a data link](data:text/html,hi) and [a fine link](https://example.org/ok).

        ![tracking pixel](https://tracker.example.com/pixel.gif)

        <a href="javascript:alert(5)">raw anchor</a>
        """;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
