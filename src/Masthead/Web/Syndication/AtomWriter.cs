using System.Globalization;
using System.Text;
using System.Xml;

namespace Masthead.Web.Syndication;

/// <summary>Atom 1.0 (RFC 4287): the feed has an author so every entry has one (§4.1.1), ids are the page URLs.</summary>
public static class AtomWriter
{
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static string Write(FeedChannel feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var sb = new StringBuilder(feed.Items.Count * 900 + 1000);
        using (var w = XmlWriter.Create(new Utf8StringWriter(sb), RssWriter.Settings()))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", Ns);
            w.WriteAttributeString("xml", "lang", null, feed.Language);
            w.WriteElementString("title", Ns, feed.Title);
            w.WriteElementString("subtitle", Ns, feed.Description);
            w.WriteElementString("id", Ns, feed.SelfBase + "atom.xml");
            w.WriteElementString("updated", Ns, Rendering.TimeText.Iso(feed.Updated));
            Link(w, feed.HomeUrl, "alternate", "text/html");
            Link(w, feed.SelfBase + "atom.xml", "self", "application/atom+xml");
            w.WriteStartElement("author", Ns);
            w.WriteElementString("name", Ns, feed.Title);
            w.WriteEndElement();
            w.WriteElementString("generator", Ns, "Masthead");
            foreach (var item in feed.Items)
            {
                Entry(w, item);
            }
            w.WriteEndElement();
        }
        return sb.ToString();
    }

    private static void Entry(XmlWriter w, FeedItem item)
    {
        w.WriteStartElement("entry", Ns);
        w.WriteElementString("title", Ns, item.Title);
        w.WriteElementString("id", Ns, item.Url);
        w.WriteElementString("updated", Ns, Rendering.TimeText.Iso(item.Published));
        w.WriteElementString("published", Ns, Rendering.TimeText.Iso(item.Published));
        Link(w, item.Url, "alternate", "text/html");
        Link(w, item.OriginalUrl, "related", "text/html");
        w.WriteStartElement("author", Ns);
        w.WriteElementString("name", Ns, item.Author ?? item.Outlet);
        w.WriteEndElement();
        if (item.Hashtag is not null)
        {
            w.WriteStartElement("category", Ns);
            w.WriteAttributeString("term", item.Hashtag);
            w.WriteEndElement();
        }
        w.WriteStartElement("summary", Ns);
        w.WriteAttributeString("type", "text");
        w.WriteString(item.Summary.Length > 0 ? item.Summary : item.Title);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Link(XmlWriter w, string href, string rel, string type)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("href", href);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }
}
