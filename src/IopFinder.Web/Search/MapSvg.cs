using System.Globalization;
using System.Net;
using System.Text;
using IopFinder.Core.Geo.Maps;

namespace IopFinder.Web.Search;

/// <summary>The words and links of a local map; the renderer adds none of its own.</summary>
/// <param name="Title">The map's accessible name ("Map of 14 programs within 25 miles of Cambridge, MA").</param>
/// <param name="PinName">A pin's accessible name ("3: Riverside IOP, 4.2 miles").</param>
/// <param name="PinHref">A pin's link (the program's page).</param>
/// <param name="Id">The figure's id, unique on the page; its title is <c>{Id}-title</c>.</param>
/// <param name="Caption">A visible caption under the map, or null for none.</param>
/// <param name="Place">The searched place written beside its dot ("02139 (Cambridge, MA)"), or null for none.</param>
public sealed record LocalMapText(string Title, Func<MapPin, string> PinName, Func<MapPin, string> PinHref, string Id = "map", string? Caption = null, string? Place = null);

/// <summary>The words and links of the national map.</summary>
/// <param name="Title">The map's accessible name.</param>
/// <param name="StateName">A state's accessible name ("Massachusetts: 41 programs").</param>
/// <param name="StateHref">A state's link (that state's search).</param>
/// <param name="Id">The figure's id, unique on the page; its title is <c>{Id}-title</c>.</param>
/// <param name="Caption">A visible caption under the map, or null for none.</param>
public sealed record NationalMapText(string Title, Func<MapState, string> StateName, Func<MapState, string> StateHref, string Id = "national-map", string? Caption = null);

/// <summary>
/// Inline SVG for the maps Core builds. No script, no outside request; every program or state is its own
/// link with an accessible name, and the figure is named by its title. Colours are set once per group
/// as presentation attributes (the map still reads without the stylesheet); what differs per element
/// (a state's shade, a pin's text) is a class the stylesheet colours, which keeps the page light.
/// </summary>
public static class MapSvg
{
    // Shades 1 to 4 are coloured by the stylesheet (.shade-N); states with no programs keep the group's fill.
    private const int DarkestShade = 4;
    private const string NoProgramsFill = "#e8e8e4";
    // The local map is drawn about 340 px wide for 400 units on a phone: 15 units keep the place's name at about 13 px.
    private const double PlaceFontSize = 15;

    /// <summary>The local map: outlines, radius circle, searched place and numbered pins (number 1 drawn on top).</summary>
    public static string Local(LocalMap map, LocalMapText text)
    {
        var svg = Open("map map-local", text.Id, map.Width, map.Height, text.Title);
        svg.Append("<g class=\"map-areas\" aria-hidden=\"true\" fill=\"#f4f3ee\" stroke=\"#a9a9a0\" stroke-width=\"0.8\" fill-rule=\"evenodd\">");
        foreach (var area in map.Areas) svg.Append("<path d=\"").Append(area.PathData).Append("\"/>");
        svg.Append("</g>");
        svg.Append("<circle class=\"map-radius\" aria-hidden=\"true\" fill=\"none\" stroke=\"#1f5f9e\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"")
            .Append(Attr("cx", map.Radius.X)).Append(Attr("cy", map.Radius.Y)).Append(Attr("r", map.Radius.R)).Append("/>");

        var moved = map.Pins.Where(p => p.At != p.Shown).ToList();
        if (moved.Count > 0)
        {
            svg.Append("<g class=\"map-leaders\" aria-hidden=\"true\" stroke=\"#444\" stroke-width=\"1\" fill=\"#444\">");
            foreach (var pin in moved)
            {
                svg.Append("<line").Append(Attr("x1", pin.At.X)).Append(Attr("y1", pin.At.Y)).Append(Attr("x2", pin.Shown.X)).Append(Attr("y2", pin.Shown.Y)).Append("/>");
                svg.Append("<circle r=\"2\"").Append(Attr("cx", pin.At.X)).Append(Attr("cy", pin.At.Y)).Append("/>");
            }
            svg.Append("</g>");
        }

        svg.Append("<circle class=\"map-origin\" aria-hidden=\"true\" r=\"5\" fill=\"#c01c28\" stroke=\"#fff\" stroke-width=\"2\"")
            .Append(Attr("cx", map.Origin.X)).Append(Attr("cy", map.Origin.Y)).Append("/>");
        if (text.Place is { } place)
        {
            // Under the dot, haloed so outlines don't cross it; pins drawn after stay on top. The title already names the place.
            svg.Append("<text class=\"map-place\" aria-hidden=\"true\" text-anchor=\"middle\" font-family=\"sans-serif\" font-weight=\"bold\" fill=\"#111\" stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"")
                .Append(Attr("font-size", PlaceFontSize)).Append(Attr("x", map.Origin.X)).Append(Attr("y", map.Origin.Y + 5 + PlaceFontSize)).Append('>')
                .Append(Escape(place)).Append("</text>");
        }

        var font = Number(map.PinRadius * 1.1);
        svg.Append("<g class=\"map-pins\" fill=\"#1f5f9e\" stroke=\"#fff\" stroke-width=\"1.5\" text-anchor=\"middle\" font-family=\"sans-serif\" font-weight=\"bold\"").Append(" font-size=\"").Append(font).Append("\">");
        foreach (var pin in map.Pins.OrderByDescending(p => p.Number))
        {
            var label = pin.Number.ToString(CultureInfo.InvariantCulture);
            // One translate per pin: its circle and number then need no coordinates of their own.
            svg.Append("<a href=\"").Append(Escape(text.PinHref(pin))).Append("\" aria-label=\"").Append(Escape(text.PinName(pin))).Append("\" data-number=\"").Append(label)
                .Append("\" transform=\"translate(").Append(Number(pin.Shown.X)).Append(' ').Append(Number(pin.Shown.Y)).Append(")\">");
            svg.Append("<circle").Append(Attr("r", map.PinRadius)).Append("/>");
            svg.Append("<text dy=\".35em\"");
            if (label.Length > 2) svg.Append(" font-size=\"").Append(Number(map.PinRadius * 0.8)).Append('"');
            svg.Append('>').Append(label).Append("</text></a>");
        }
        svg.Append("</g>");
        return Close(svg, text.Caption);
    }

    /// <summary>The national map: each state a link shaded by its count, with the count written where it fits.</summary>
    public static string National(NationalMap map, NationalMapText text)
    {
        var svg = Open("map map-national", text.Id, map.Width, map.Height, text.Title);
        svg.Append("<g class=\"map-states\" fill=\"").Append(NoProgramsFill).Append("\" stroke=\"#fff\" stroke-width=\"0.8\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">");
        foreach (var state in map.States)
        {
            var shade = Math.Clamp(state.Shade, 0, DarkestShade);
            svg.Append("<a href=\"").Append(Escape(text.StateHref(state))).Append("\" aria-label=\"").Append(Escape(text.StateName(state))).Append('"')
                .Append(" class=\"shade-").Append(shade).Append("\"><path d=\"").Append(state.PathData).Append("\"/></a>");
        }
        svg.Append("</g>");
        var shades = map.States.ToDictionary(st => st.Region.State, st => st.Shade, StringComparer.Ordinal);
        var led = map.Labels.Where(l => l.Leader is not null).ToList();
        if (led.Count > 0)
        {
            // A count standing off its small state is tied to it by a line ending in a dot on the state.
            svg.Append("<g class=\"map-leaders\" aria-hidden=\"true\" stroke=\"#333\" stroke-width=\"1.2\" fill=\"#333\">");
            foreach (var label in led)
            {
                svg.Append("<line").Append(Attr("x1", label.From.X)).Append(Attr("y1", label.From.Y)).Append(Attr("x2", label.Leader!.Value.X)).Append(Attr("y2", label.Leader.Value.Y)).Append("/>");
                svg.Append("<circle r=\"2.5\"").Append(Attr("cx", label.From.X)).Append(Attr("cy", label.From.Y)).Append("/>");
            }
            svg.Append("</g>");
        }
        // Haloed, so a count spilling over its state's edge or crossing a border still reads.
        svg.Append("<g class=\"map-counts\" aria-hidden=\"true\" fill=\"#111\" stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\" text-anchor=\"middle\" font-family=\"sans-serif\"")
            .Append(" font-size=\"").Append(Number(map.LabelFontSize)).Append("\">");
        foreach (var label in map.Labels)
        {
            // White only inside the darkest shade: it is the one where dark text falls below 4.5:1.
            var onDark = label.Leader is null && shades[label.State] >= DarkestShade;
            svg.Append("<text dy=\".35em\"").Append(onDark ? " class=\"on-dark\"" : "").Append(" data-state=\"").Append(label.State).Append('"')
                .Append(Attr("x", label.At.X)).Append(Attr("y", label.At.Y)).Append('>').Append(Escape(label.Text)).Append("</text>");
        }
        svg.Append("</g>");
        return Close(svg, text.Caption);
    }

    private static StringBuilder Open(string classes, string id, double width, double height, string title)
    {
        var titleId = Escape(id + "-title");
        return new StringBuilder(8192)
            .Append("<figure class=\"").Append(classes).Append("\" id=\"").Append(Escape(id)).Append("\">")
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(height))
            .Append("\" aria-labelledby=\"").Append(titleId).Append("\">")
            .Append("<title id=\"").Append(titleId).Append("\">").Append(Escape(title)).Append("</title>");
    }

    private static string Close(StringBuilder svg, string? caption)
    {
        svg.Append("</svg>");
        if (caption is not null) svg.Append("<figcaption>").Append(Escape(caption)).Append("</figcaption>");
        return svg.Append("</figure>").ToString();
    }

    private static string Attr(string name, double value) => $" {name}=\"{Number(value)}\"";

    private static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0 : rounded).ToString("0.#", CultureInfo.InvariantCulture);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
