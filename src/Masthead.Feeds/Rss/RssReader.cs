using Masthead.Feeds.Namespaces;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Rss;

/// <summary>
/// Reads the RSS element tree into the wire model. RSS 0.9x and 2.0 nest items in the channel; RSS 1.0 (RDF)
/// and 0.90 put items, image and textinput beside it, so the caller passes the element that holds them.
/// Element names are matched case-insensitively: feeds in the wild write pubdate and PubDate.
/// </summary>
internal static class RssReader
{
    public static RssChannel Read(XmlNode? channelNode, XmlNode itemsHolder)
    {
        var channel = new RssChannel { XmlLang = channelNode?.Language ?? itemsHolder.Language, CdfHref = channelNode?.Attr("href"), CdfLastMod = channelNode?.Attr("lastmod") };
        if (channelNode is not null)
        {
            // By index throughout: a foreach over IReadOnlyList boxes an enumerator per element (per item, here).
            var children = channelNode.Children;
            for (var i = 0; i < children.Count; i++)
            {
                ReadChannelChild(channel, children[i]);
            }
        }
        if (!ReferenceEquals(itemsHolder, channelNode))
        {
            var held = itemsHolder.Children;
            for (var i = 0; i < held.Count; i++)
            {
                var child = held[i];
                if (!child.IsText && !ReferenceEquals(child, channelNode) && IsCore(child))
                {
                    ReadChannelChild(channel, child);
                }
            }
        }
        return channel;
    }

    /// <summary>Elements in no namespace or in an RSS namespace (RSS 1.0, 0.90, the RSS 2.0 namespaces some feeds declare).</summary>
    public static bool IsCore(XmlNode node) => node.Namespace.Length == 0 ? node.Prefix.Length == 0 : KnownNamespaces.PrefixOf(node).Length == 0;

    private static void ReadChannelChild(RssChannel channel, XmlNode child)
    {
        if (child.IsText)
        {
            return;
        }
        if (!IsCore(child))
        {
            channel.Extensions.Add(child);
            return;
        }
        Span<char> lower = stackalloc char[LowerLength];
        switch (Lower(child.LocalName, lower))
        {
            case "title": channel.Title ??= child; break;
            case "link": channel.Link ??= child; break;
            case "description" or "abstract": channel.Description ??= child; break;
            case "language": channel.Language ??= child; break;
            case "copyright": channel.Copyright ??= child; break;
            case "managingeditor" or "author": channel.ManagingEditor ??= child; break;
            case "webmaster": channel.WebMaster ??= child; break;
            case "pubdate": channel.PubDate ??= child; break;
            case "lastbuilddate": channel.LastBuildDate ??= child; break;
            case "generator": channel.Generator ??= child; break;
            case "docs": channel.Docs ??= child; break;
            case "cloud": channel.Cloud ??= child; break;
            case "ttl": channel.Ttl ??= child; break;
            case "image": channel.Image ??= child; break;
            case "textinput": channel.TextInput ??= child; break;
            case "skiphours": channel.SkipHours ??= child; break;
            case "skipdays": channel.SkipDays ??= child; break;
            case "category": channel.Categories.Add(child); break;
            case "item": channel.Items.Add(child); break;
            case "items": break; // RSS 1.0 rdf:Seq table of contents: the items themselves follow the channel
            default: channel.Extensions.Add(child); break;
        }
    }

    /// <summary>Reads an item element into <paramref name="item"/>, which is empty (new or <see cref="RssItem.Reset"/>).</summary>
    public static void ReadItem(XmlNode node, RssItem item)
    {
        item.About = node.Attr("about");
        item.CdfHref = node.Attr("href");
        item.CdfLastMod = node.Attr("lastmod");
        Span<char> lower = stackalloc char[LowerLength];
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.IsText)
            {
                continue;
            }
            if (!IsCore(child))
            {
                item.Extensions.Add(child);
                continue;
            }
            switch (Lower(child.LocalName, lower))
            {
                case "title": item.Title ??= child; break;
                case "link": item.Link ??= child; break;
                case "description" or "abstract": ReadBody(item, child, false); break;
                case "summary": ReadBody(item, child, true); break;
                case "author": item.Author ??= child; break;
                case "comments": item.Comments ??= child; break;
                case "guid": item.Guid ??= child; break;
                case "pubdate": item.PubDate ??= child; break;
                case "expirationdate": item.ExpirationDate = child; break;
                case "source": item.Source ??= child; break;
                // fullitem (CDF) and an XHTML body written straight into the item (feedparser reads both as content).
                case "fullitem" or "body": item.FullItem ??= child; break;
                case "category" or "tags": item.Categories.Add(child); break;
                case "enclosure":
                    item.EnclosureFirst |= item.Link is null && item.Enclosures.Count == 0;
                    item.Enclosures.Add(child);
                    break;
                default: item.Extensions.Add(child); break;
            }
        }
    }

    /// <summary>Longest name <see cref="Lower"/> lower-cases on the stack; longer ones match no RSS element.</summary>
    private const int LowerLength = 32;

    /// <summary>
    /// The name lower-cased into <paramref name="buffer"/> (invariant culture, as ToLowerInvariant), for the case-insensitive
    /// element switches: ToLowerInvariant allocated a string for every element written in mixed case (pubDate, in
    /// every item). A name longer than the buffer comes back empty, which no case matches.
    /// </summary>
    private static ReadOnlySpan<char> Lower(string name, Span<char> buffer) =>
        name.Length <= buffer.Length ? buffer[..name.AsSpan().ToLowerInvariant(buffer)] : [];

    /// <summary>
    /// RSS has no summary element, but feeds write one beside description. As feedparser reads them, whichever comes
    /// first is the summary and the other is the content; a repeated description is ignored.
    /// </summary>
    private static void ReadBody(RssItem item, XmlNode child, bool isSummary)
    {
        if (item.Description is null)
        {
            item.Description = child;
            item.DescriptionIsSummary = isSummary;
        }
        else if (isSummary || item.DescriptionIsSummary)
        {
            item.FullItem ??= child;
        }
    }
}
