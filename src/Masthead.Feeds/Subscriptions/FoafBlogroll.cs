using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Subscriptions;

/// <summary>
/// Blogrolls written in RDF (FOAF, http://xmlns.com/foaf/spec/, and Yandex's FOAF extension), read into the same
/// subscriptions, lists and opportunities as OPML, as listparser reads them:
/// an agent's foaf:weblog/foaf:Document (the site) with rdfs:seeAlso/rss:channel (the feed) is a feed, or an
/// opportunity when the channel is empty; ya:blogActivity/*/ya:feed is a feed; an agent known through foaf:knows
/// with rdfs:seeAlso is another list; the foaf:name of an enclosing foaf:Group is the feed's category and tag.
/// </summary>
internal static class FoafBlogroll
{
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";
    private const string Rss = "http://purl.org/rss/1.0/";
    private const string Yandex = "http://blogs.yandex.ru/schema/foaf/";

    public static void Read(XmlNode root, OpmlOutlines sink) => Walk(root, [], sink);

    private static void Walk(XmlNode node, List<string> groups, OpmlOutlines sink)
    {
        foreach (var child in Elements(node))
        {
            if (Is(child, Foaf, "Group"))
            {
                Walk(child, Name(child) is { Length: > 0 } group ? [.. groups, group] : groups, sink);
            }
            else if (Is(child, Foaf, "Agent") || Is(child, Foaf, "Person"))
            {
                ReadAgent(child, groups, sink);
            }
            else
            {
                Walk(child, groups, sink);
            }
        }
    }

    private static void ReadAgent(XmlNode agent, List<string> groups, OpmlOutlines sink)
    {
        var name = Name(agent) ?? "";
        foreach (var child in Elements(agent))
        {
            if (Is(child, Foaf, "weblog"))
            {
                foreach (var document in Elements(child).Where(d => Is(d, Foaf, "Document")))
                {
                    ReadWeblog(document, name, groups, sink);
                }
            }
            else if (Is(child, Yandex, "blogActivity"))
            {
                foreach (var feed in Descendants(child).Where(f => Is(f, Yandex, "feed")))
                {
                    AddFeed(sink, RdfAttr(feed, "resource"), name, null, groups);
                }
            }
            else if (Is(child, Rdfs, "seeAlso") && RdfAttr(child, "resource") is { Length: > 0 } list)
            {
                sink.Lists.Add(new OpmlLink(name, list));
            }
            else
            {
                Walk(child, groups, sink); // foaf:knows and other wrappers hold further agents
            }
        }
    }

    private static void ReadWeblog(XmlNode document, string name, List<string> groups, OpmlOutlines sink)
    {
        var site = RdfAttr(document, "about");
        var channel = Descendants(document).FirstOrDefault(c => Is(c, Rss, "channel"));
        var feed = channel is null ? null : RdfAttr(channel, "about");
        if (!string.IsNullOrEmpty(feed))
        {
            AddFeed(sink, feed, name, string.IsNullOrEmpty(site) ? null : site, groups);
        }
        else if (!string.IsNullOrEmpty(site))
        {
            sink.Opportunities.Add(new OpmlLink(name, site));
        }
    }

    private static void AddFeed(OpmlOutlines sink, string? url, string name, string? site, List<string> groups)
    {
        if (string.IsNullOrEmpty(url))
        {
            return;
        }
        // Each group is a one-level category (a tag), not a path: groups do not nest as folders do.
        sink.AddFeed(url, name, site, [], string.Join(',', groups.Select(g => "/" + g.Replace('/', ' ').Replace(',', ' '))));
    }

    /// <summary>The agent's or group's foaf:name (or foaf:member_name), trimmed; null when it has none.</summary>
    private static string? Name(XmlNode node) =>
        Elements(node).FirstOrDefault(c => Is(c, Foaf, "name") || Is(c, Foaf, "member_name"))?.Text.Trim();

    private static string? RdfAttr(XmlNode node, string localName)
    {
        foreach (var attribute in node.Attributes)
        {
            if (attribute.LocalName == localName && (attribute.Namespace == Rdf || attribute.Namespace.Length == 0))
            {
                return attribute.Value.Trim();
            }
        }
        return null;
    }

    private static bool Is(XmlNode node, string ns, string localName) => node.Namespace == ns && node.LocalName == localName;

    private static IEnumerable<XmlNode> Elements(XmlNode node) => node.Children.Where(c => !c.IsText);

    private static IEnumerable<XmlNode> Descendants(XmlNode node) => Elements(node).SelectMany(c => Descendants(c).Prepend(c));
}
