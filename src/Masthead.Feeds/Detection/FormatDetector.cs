using Masthead.Feeds.Building;
using Masthead.Feeds.Namespaces;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Detection;

/// <summary>
/// Which format a document is, from its root element, namespace and version attribute, and the parser
/// for it. The version names are those feed readers report (feedparser's: rss20, rss091u, rss10, atom10, …).
/// </summary>
internal static class FormatDetector
{
    private static readonly Dictionary<string, string> RssVersions = new()
    {
        ["0.90"] = "rss090", ["0.91"] = "rss091u", ["0.92"] = "rss092", ["0.93"] = "rss093", ["0.94"] = "rss094",
    };

    public static (string Format, Action<XmlNode, FeedBuilder>? Parse) Detect(XmlNode root)
    {
        switch (root.LocalName.ToLowerInvariant())
        {
            case "rss":
                return (RssVersion(root.Attr("version")), Rss.RssParser.Parse);
            case "rdf":
                var channel = root.Children.FirstOrDefault(c => c.LocalName == "channel");
                var format = channel?.Namespace == KnownNamespaces.Rss090 || root.Children.Any(c => c.Namespace == KnownNamespaces.Rss090) ? "rss090" : "rss10";
                return (format, Rdf.RdfParser.Parse);
            case "feed":
                return (AtomVersion(root), Atom.AtomParser.Parse);
            case "channel":
                return ("cdf", Rss.RssParser.Parse);
            default:
                return ("", null);
        }
    }

    private static string RssVersion(string? version)
    {
        var v = version?.Trim() ?? "";
        if (RssVersions.TryGetValue(v, out var name))
        {
            return name;
        }
        return v.StartsWith('2') ? "rss20" : "rss";
    }

    private static string AtomVersion(XmlNode root) => root.Namespace switch
    {
        KnownNamespaces.Atom10 => "atom10",
        KnownNamespaces.Atom03 => "atom03",
        _ => root.Attr("version")?.Trim() switch
        {
            "0.1" => "atom01",
            "0.2" => "atom02",
            "0.3" => "atom03",
            _ => "atom",
        },
    };
}
