using System.CommandLine;
using IopFinder.Core.Geo;
using IopFinder.Core.Import;

namespace IopFinder.Web.Cli;

/// <summary>
/// <c>import samhsa FILE... --out DIR</c>: SAMHSA's substance-use (OIT) and mental-health (PHDT)
/// directories become listings in DIR/programs/. Any problem with the input is one message naming
/// the file and line, exit 1, and DIR unchanged.
/// </summary>
public static class ImportCommand
{
    /// <summary><c>import samhsa FILE... [--out DIR]</c>; the source is a word of its own so another directory can join it.</summary>
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "SAMHSA National Directory CSV files." };
        var outDir = new Option<string>("--out") { DefaultValueFactory = _ => "content", Description = "The content folder to write listings to.", HelpName = "DIR" };
        var samhsa = new Command("samhsa", "Turn SAMHSA National Directory CSVs into listings in DIR/programs/.") { files, outDir };
        samhsa.SetAction(parsed => Run([.. parsed.GetValue(files)!], parsed.GetValue(outDir)!, output, error, clock));
        return new Command("import", "Import listings from a public directory.") { samhsa };
    }

    private static int Run(IReadOnlyList<string> files, string outDir, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            error.WriteLine(Directory.Exists(missing) ? $"{missing}: is a folder, not a directory CSV file" : $"{missing}: file not found");
            return 1;
        }
        ImportReport report;
        try
        {
            report = new SamhsaImporter(ZipTable.Default, clock).Import(files, outDir);
        }
        catch (ImportException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine($"Nothing in {outDir} was changed.");
            return 1;
        }
        Print(report, outDir, output, error);
        return 0;
    }

    private static void Print(ImportReport report, string outDir, TextWriter output, TextWriter error)
    {
        foreach (var skipped in report.Skipped) error.WriteLine($"{skipped} (skipped)");
        foreach (var (source, count) in report.Facilities) output.WriteLine($"{count:N0} facilities from the {source}.");
        output.WriteLine($"{report.Merged:N0} facilities are in both directories and became one listing each.");
        output.WriteLine($"{report.Listings:N0} listings: {report.Written.Count:N0} new, {report.Updated.Count:N0} updated, {report.Unchanged:N0} unchanged, {report.KeptClaimed.Count:N0} kept because staff claimed them.");
        if (report.KeptClaimed.Count > 0) output.WriteLine($"Claimed, not overwritten: {string.Join(", ", report.KeptClaimed)}");
        output.WriteLine($"{report.JoinedNames.Count:N0} names SAMHSA cut over two fields were joined:");
        foreach (var (name1, name2, joined) in report.JoinedNames) output.WriteLine($"  \"{name1}\" + \"{name2}\" → \"{joined}\"");
        output.WriteLine($"{report.Duplicates.Count:N0} duplicates (same name, address and phone):");
        foreach (var duplicate in report.Duplicates) output.WriteLine($"  {duplicate}");
        output.WriteLine("Codes not imported, and why (facilities carrying them):");
        foreach (var (directory, code, reason, count) in report.DroppedCodes.Where(d => d.Facilities > 0)) output.WriteLine($"  {code} ({directory}, {count:N0}): {reason}");
        output.WriteLine($"{report.AgesContradicted.Count:N0} facilities have age codes that leave out the people of their own special programs; their listings say no ages:");
        foreach (var line in report.AgesContradicted) output.WriteLine($"  {line}");
        if (report.UnmappedCodes.Count > 0) output.WriteLine($"Codes missing from the code map (not imported): {string.Join(", ", report.UnmappedCodes)}");
        if (report.LeftDirectory.Count > 0)
        {
            output.WriteLine($"{report.LeftDirectory.Count} listings are no longer in the directories (kept; review and delete by hand):");
            foreach (var id in report.LeftDirectory) output.WriteLine($"  {outDir}/programs/{id}.md");
        }
    }
}
