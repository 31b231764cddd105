using System.Globalization;
using System.Text;
using IopFinder.Core.Listings;

namespace IopFinder.Core.Content;

/// <summary>Writes a listing in the Markdown format of SPEC section 1, every string quoted so any name survives YAML.</summary>
public static class ListingWriter
{
    /// <summary>The whole file: front matter between '---' lines, then the body.</summary>
    public static string Write(Listing l)
    {
        var y = new StringBuilder("---\n");
        y.Append("name: ").Append(Quote(l.Name)).Append('\n');
        if (l.Organization is not null) y.Append("organization: ").Append(Quote(l.Organization)).Append('\n');
        List(y, "levels_of_care", l.LevelsOfCare);
        List(y, "conditions", l.Conditions);
        List(y, "modalities", l.Modalities);
        List(y, "ages", l.Ages);
        List(y, "formats", l.Formats);
        List(y, "virtual_states", l.VirtualStates);
        List(y, "insurance", l.Insurance);
        List(y, "languages", l.Languages);
        List(y, "accreditation", l.Accreditation);
        List(y, "features", l.Features);
        if (l.Locations.Count > 0)
        {
            y.Append("locations:\n");
            foreach (var location in l.Locations)
            {
                var prefix = "  - ";
                if (location.Address is not null) { y.Append(prefix).Append("address: ").Append(Quote(location.Address)).Append('\n'); prefix = "    "; }
                y.Append(prefix).Append("city: ").Append(Quote(location.City)).Append('\n');
                y.Append("    state: ").Append(location.State).Append('\n');
                y.Append("    zip: \"").Append(location.Zip).Append("\"\n");
            }
        }
        var c = l.Contact;
        if (c.Phone is not null || c.Website is not null || c.Email is not null || c.Referral is not null)
        {
            y.Append("contact:\n");
            if (c.Phone is not null) y.Append("  phone: ").Append(Quote(c.Phone)).Append('\n');
            if (c.Website is not null) y.Append("  website: ").Append(Quote(c.Website)).Append('\n');
            if (c.Email is not null) y.Append("  email: ").Append(Quote(c.Email)).Append('\n');
            if (c.Referral is not null) y.Append("  referral: ").Append(Quote(c.Referral)).Append('\n');
        }
        if (l.AcceptingNewPatients is { } accepting) y.Append("accepting_new_patients: ").Append(accepting ? "true" : "false").Append('\n');
        if (l.LastReviewed is { } reviewed) y.Append("last_reviewed: ").Append(Date(reviewed)).Append('\n');
        if (l.OtherServices.Count > 0)
        {
            y.Append("other_services:\n");
            foreach (var service in l.OtherServices) y.Append("  - ").Append(Quote(service)).Append('\n');
        }
        if (l.Source is { } source)
        {
            y.Append("source: {name: ").Append(Quote(source.Name));
            if (source.Year is { } year) y.Append(", year: ").Append(year.ToString(CultureInfo.InvariantCulture));
            if (source.Imported is { } imported) y.Append(", imported: ").Append(Date(imported));
            y.Append("}\n");
        }
        if (l.Claimed) y.Append("claimed: true\n");
        if (l.Example) y.Append("example: true\n");
        y.Append("---\n");
        if (l.Body.Length > 0) y.Append(l.Body.TrimEnd()).Append('\n');
        return y.ToString();
    }

    private static void List(StringBuilder y, string key, IReadOnlyList<string> values)
    {
        if (values.Count > 0) y.Append(key).Append(": [").Append(string.Join(", ", values)).Append("]\n");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A double-quoted YAML scalar: backslashes and quotes escaped, control characters dropped.</summary>
    public static string Quote(string text)
    {
        var clean = new string(text.Where(ch => !char.IsControl(ch)).ToArray()).Trim();
        return "\"" + clean.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
