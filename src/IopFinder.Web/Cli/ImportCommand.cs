using IopFinder.Core.Geo;
using IopFinder.Core.Import;

namespace IopFinder.Web.Cli;

/// <summary><c>import samhsa FILE --out DIR</c>: SAMHSA National Directory facilities with code OIT become listings in DIR/programs/.</summary>
public static class ImportCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if (args.Length < 2 || args[0] != "samhsa")
        {
            error.WriteLine("Usage: import samhsa FILE --out DIR");
            return 2;
        }
        var file = args[1];
        var outIndex = Array.IndexOf(args, "--out");
        var outDir = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : "content";
        if (!File.Exists(file))
        {
            error.WriteLine($"{file}: file not found");
            return 1;
        }
        var report = new SamhsaImporter(ZipTable.Default, clock).Import(file, outDir);
        foreach (var skipped in report.Skipped) error.WriteLine($"{skipped} (skipped)");
        output.WriteLine($"{report.Facilities} intensive outpatient facilities: {report.Written.Count} new, {report.Updated.Count} updated, {report.Unchanged} unchanged, {report.KeptClaimed.Count} kept because staff claimed them.");
        if (report.KeptClaimed.Count > 0) output.WriteLine($"Claimed, not overwritten: {string.Join(", ", report.KeptClaimed)}");
        if (report.LeftDirectory.Count > 0)
        {
            output.WriteLine($"{report.LeftDirectory.Count} listings are no longer in the directory (kept; review and delete by hand):");
            foreach (var id in report.LeftDirectory) output.WriteLine($"  {outDir}/programs/{id}.md");
        }
        return 0;
    }
}
