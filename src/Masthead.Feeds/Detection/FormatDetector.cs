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
        ["0.90"] = "rss090",
        ["0.91"] = "rss091u",
        ["0.92"] = "rss092",
        ["0.93"] = "rss093",
        ["0.94"] = "rss094",
    };

    /// <param name="root">The document element.</param>
    /// <param name="prolog">The start of the decoded document (<see cref="Decoding.DecodedFeed.Prolog"/>), which tells
    /// versions the tree cannot: a Netscape DOCTYPE makes RSS 0.91 "rss091n", and an RDF root declaring the RSS 0.90
    /// namespace is RSS 0.90 even with no children. Asked for only in those two cases: most documents are never
    /// decoded to a string at all.</param>
    public static (string Format, Action<XmlNode, FeedBuilder>? Parse) Detect(XmlNode root, Func<string> prolog)
    {
        switch (root.LocalName.ToLowerInvariant())
        {
            case "rss":
                var version = RssVersion(root.Attr("version"));
                return (version == "rss091u" && IsNetscapeDoctype(prolog()) ? "rss091n" : version, Rss.RssParser.Parse);
            case "rdf":
                var channel = root.Children.FirstOrDefault(c => c.LocalName == "channel");
                var is090 = channel is null
                    ? prolog().Contains(KnownNamespaces.Rss090, StringComparison.Ordinal)
                    : channel.Namespace == KnownNamespaces.Rss090 || root.Children.Any(c => c.Namespace == KnownNamespaces.Rss090);
                return (is090 ? "rss090" : "rss10", Rdf.RdfParser.Parse);
            case "feed":
                return (AtomVersion(root), Atom.AtomParser.Parse);
            case "channel":
                return ("cdf", Rss.RssParser.Parse);
            default:
                return ("", null);
        }
    }

    /// <summary>feedparser reports rss091n when the DOCTYPE names Netscape's RSS 0.91 DTD.</summary>
    private static bool IsNetscapeDoctype(ReadOnlySpan<char> prolog)
    {
        var start = prolog.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return false;
        }
        var doctype = prolog[start..];
        var end = doctype.IndexOf('>');
        return (end < 0 ? doctype : doctype[..end]).Contains("netscape", StringComparison.OrdinalIgnoreCase);
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
