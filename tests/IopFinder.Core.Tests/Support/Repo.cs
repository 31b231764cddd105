namespace IopFinder.Core.Tests.Support;

/// <summary>Paths inside the repository, found from the test binaries.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string TaxonomyFile => Path.Combine(Content, "taxonomy.yml");

    /// <summary>The fictional example catalog the tests and demos use.</summary>
    public static string Examples => Path.Combine(Root, "tests", "fixtures", "example-catalog");

    /// <summary>SAMHSA's directory as the repository keeps it for re-imports.</summary>
    public static string SamhsaFacilities => Path.Combine(Root, "data", "samhsa", "national-directory-su-facilities-2023.csv");

    /// <summary>SAMHSA's mental-health directory as the repository keeps it.</summary>
    public static string SamhsaMentalHealthFacilities => Path.Combine(Root, "data", "samhsa", "national-directory-mh-facilities-2024.csv");

    /// <summary>The code references of both directories.</summary>
    public static IReadOnlyList<string> SamhsaCodeReferences =>
        [Path.Combine(Root, "data", "samhsa", "national-directory-su-codes-2023.csv"), Path.Combine(Root, "data", "samhsa", "national-directory-mh-codes-2024.csv")];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Directory.sln not found above the test binaries.");
    }
}
