using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>
/// Namespace URIs feeds use, each mapped to the prefix readers conventionally give it (whatever prefix the
/// document chose), so "dc:creator" means Dublin Core however it was declared. Unknown namespaces keep the
/// document's own prefix.
/// </summary>
internal static class KnownNamespaces
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["http://purl.org/dc/elements/1.1/"] = "dc",
        ["http://purl.org/dc/terms/"] = "dcterms",
        ["http://purl.org/rss/1.0/modules/content/"] = "content",
        ["http://search.yahoo.com/mrss/"] = "media",
        ["http://search.yahoo.com/mrss"] = "media",
        ["http://www.itunes.com/dtds/podcast-1.0.dtd"] = "itunes",
        ["http://example.com/dtds/podcast-1.0.dtd"] = "itunes",
        ["http://www.georss.org/georss"] = "georss",
        ["http://www.opengis.net/gml"] = "gml",
        ["http://www.w3.org/2003/01/geo/wgs84_pos#"] = "geo",
        ["http://purl.org/rss/1.0/modules/slash/"] = "slash",
        ["http://backend.userland.com/creativeCommonsRssModule"] = "creativecommons",
        ["http://web.resource.org/cc/"] = "cc",
        ["http://creativecommons.org/ns#"] = "cc",
        ["http://wellformedweb.org/CommentAPI/"] = "wfw",
        ["http://purl.org/syndication/thread/1.0"] = "thr",
        ["http://podlove.org/simple-chapters"] = "psc",
        ["http://purl.org/rss/1.0/modules/syndication/"] = "sy",
        ["http://webns.net/mvcb/"] = "admin",
        ["http://rssnamespace.org/feedburner/ext/1.0"] = "feedburner",
        ["http://www.google.com/schemas/play-podcasts/1.0"] = "googleplay",
        ["http://purl.org/rss/1.0/modules/taxonomy/"] = "taxo",
        ["http://madskills.com/public/xml/rss/module/trackback/"] = "trackback",
        ["http://purl.org/rss/1.0/modules/event/"] = "ev",
        ["http://postneo.com/icbm/"] = "icbm",
        ["http://freshmeat.net/rss/fm/"] = "fm",
        ["http://purl.org/rss/1.0/modules/image/"] = "image",
        ["http://www.w3.org/XML/1998/namespace"] = "xml",
        ["http://www.w3.org/1999/xlink"] = "xlink",
        [Xhtml] = "xhtml",
        [Rdf] = "rdf",
        [Atom10] = "atom",
        [Atom03] = "atom",
        [Rss10] = "",
        [Rss090] = "",
        ["http://backend.userland.com/rss2"] = "",
        ["http://blogs.law.harvard.edu/tech/rss"] = "",
        ["http://purl.org/net/rss1.1#"] = "",
    };

    /// <summary>A namespace URI instance and its conventional prefix (null when the namespace is unknown). Immutable, so a slot can be replaced while another thread reads it.</summary>
    private sealed record Recent(string Uri, string? Prefix);

    /// <summary>
    /// The URIs looked up last, by their instance: a document's namespace URIs are the same few string instances on
    /// every element (the reader atomizes names), and this runs for every namespaced element, several times each (the
    /// reader's core test, the handler key, the extension's prefix), hashing a 30-40 character URI case-insensitively.
    /// Two ways per slot, so two namespaces of one document that share a slot (dc and media did with a simpler slot)
    /// do not evict each other on every element.
    /// </summary>
    private static readonly Recent?[] RecentUris = new Recent?[64];

    /// <summary>The conventional prefix of an element's namespace ("" for the core vocabulary of RSS).</summary>
    public static string PrefixOf(XmlNode node)
    {
        var ns = node.Namespace;
        if (ns.Length == 0)
        {
            return node.Prefix;
        }
        if (ns.Length < 16)
        {
            return Prefixes.TryGetValue(ns, out var known) ? known : node.Prefix;
        }
        // Length, a character past "http://www." and the one before the last: distinct for the namespaces feeds use.
        var slot = (ns.Length ^ (ns[12] * 5) ^ (ns[^2] * 11)) & (RecentUris.Length - 1);
        var recent = RecentUris[slot];
        if (recent is null || !ReferenceEquals(recent.Uri, ns))
        {
            recent = RecentUris[slot ^ 1] is { } neighbour && ReferenceEquals(neighbour.Uri, ns) ? neighbour : Remember(ns, slot);
        }
        return recent.Prefix ?? node.Prefix;
    }

    /// <summary>Looks the URI up and keeps it in its slot when that is free or holds the same URI (another document's instance), else in the neighbour.</summary>
    private static Recent Remember(string ns, int slot)
    {
        var recent = new Recent(ns, Prefixes.TryGetValue(ns, out var prefix) ? prefix : null);
        RecentUris[RecentUris[slot] is { } held && held.Uri != ns ? slot ^ 1 : slot] = recent;
        return recent;
    }

    /// <summary>"prefix:local" for namespaced elements, the bare local name otherwise.</summary>
    public static string KeyOf(XmlNode node)
    {
        var prefix = PrefixOf(node);
        return prefix.Length == 0 ? node.LocalName : prefix + ":" + node.LocalName;
    }
}
