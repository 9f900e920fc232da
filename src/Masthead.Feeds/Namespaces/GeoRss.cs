using System.Globalization;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>Reads georss:point|line|polygon|box and georss:where/gml:* into a <see cref="FeedGeometry"/>.</summary>
internal static class GeoRss
{
    private static readonly FeedGeometry Empty = new(null, []);

    private static readonly Dictionary<string, (string Type, int MinPositions)> Simple = new()
    {
        ["point"] = ("Point", 1),
        ["line"] = ("LineString", 2),
        ["polygon"] = ("Polygon", 4),
        ["box"] = ("Box", 2),
    };

    private static readonly Dictionary<string, (string Type, int MinPositions)> Gml = new()
    {
        ["Point"] = ("Point", 1),
        ["LineString"] = ("LineString", 2),
        ["Polygon"] = ("Polygon", 4),
        ["Envelope"] = ("Box", 2),
    };

    public static FeedGeometry ReadSimple(XmlNode node) =>
        Simple.TryGetValue(node.LocalName, out var shape) ? Build(shape, node.Text, 2, swap: true) : Empty;

    public static FeedGeometry ReadWhere(XmlNode where) => ReadGml(where.Children.FirstOrDefault(c => !c.IsText));

    /// <summary>A GML geometry (gml:Point, gml:LineString, gml:Polygon, gml:Envelope), inside georss:where or written straight into the entry.</summary>
    public static FeedGeometry ReadGml(XmlNode? geometry)
    {
        if (geometry is null || !Gml.TryGetValue(geometry.LocalName, out var shape))
        {
            return Empty;
        }
        var dimension = int.TryParse(geometry.Attr("srsDimension"), out var d) && d is 2 or 3 ? d : 2;
        var srs = geometry.Attr("srsName") ?? "EPSG:4326";
        // WGS 84 (EPSG 4326 / 4979) is written latitude first; other reference systems keep their own axis order.
        var swap = srs.Contains("4326", StringComparison.Ordinal) || srs.Contains("4979", StringComparison.Ordinal);
        var text = string.Join(' ', Descendants(geometry).Where(n => n.LocalName is "pos" or "posList" or "lowerCorner" or "upperCorner").Select(n => n.Text));
        return Build(shape, text, dimension, swap);
    }

    private static FeedGeometry Build((string Type, int MinPositions) shape, string text, int dimension, bool swap)
    {
        var numbers = new List<double>();
        foreach (var token in text.Split([' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return Empty;
            }
            numbers.Add(value);
        }
        if (numbers.Count % dimension != 0 || numbers.Count / dimension < shape.MinPositions)
        {
            return Empty;
        }
        var positions = new List<IReadOnlyList<double>>();
        for (var i = 0; i < numbers.Count; i += dimension)
        {
            var position = numbers.GetRange(i, dimension);
            if (swap)
            {
                (position[0], position[1]) = (position[1], position[0]);
            }
            positions.Add(position);
        }
        return new FeedGeometry(shape.Type, positions);
    }

    private static IEnumerable<XmlNode> Descendants(XmlNode node)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText)
            {
                continue;
            }
            yield return child;
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }
}
