using System.Globalization;
using System.Text;
using System.Xml;

namespace Masthead.Web.Syndication;

/// <summary>RSS 2.0 (https://www.rssboard.org/rss-specification), with atom:link rel=self and dc:creator for authors.</summary>
public static class RssWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static string Write(FeedChannel feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var sb = new StringBuilder(feed.Items.Count * 800 + 1000);
        using (var w = XmlWriter.Create(new Utf8StringWriter(sb), Settings()))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, AtomNs);
            w.WriteAttributeString("xmlns", "dc", null, DcNs);
            w.WriteStartElement("channel");
            w.WriteElementString("title", feed.Title);
            w.WriteElementString("link", feed.HomeUrl);
            w.WriteElementString("description", feed.Description);
            w.WriteElementString("language", feed.Language);
            w.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
            w.WriteElementString("generator", "Masthead");
            w.WriteStartElement("atom", "link", AtomNs);
            w.WriteAttributeString("href", feed.SelfBase + "rss.xml");
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var item in feed.Items)
            {
                Item(w, item);
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    private static void Item(XmlWriter w, FeedItem item)
    {
        w.WriteStartElement("item");
        w.WriteElementString("title", item.Title);
        w.WriteElementString("link", item.Url);
        w.WriteStartElement("guid");
        w.WriteAttributeString("isPermaLink", "true");
        w.WriteString(item.Url);
        w.WriteEndElement();
        w.WriteElementString("description", item.Summary + (item.Summary.Length > 0 ? " " : "") + $"(via {item.Outlet}: {item.OriginalUrl})");
        w.WriteElementString("pubDate", Rfc822(item.Published));
        w.WriteElementString("dc", "creator", DcNs, item.Author ?? item.Outlet);
        if (item.Hashtag is not null)
        {
            w.WriteElementString("category", item.Hashtag);
        }
        w.WriteEndElement();
    }

    internal static XmlWriterSettings Settings() => new() { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = false };

    /// <summary>RFC 822 date as RSS requires, always in GMT.</summary>
    private static string Rfc822(DateTimeOffset t) => t.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
