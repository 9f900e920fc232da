using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Rss;

/// <summary>
/// An RSS item as the specifications define it (RSS 2.0: https://www.rssboard.org/rss-specification#hrelementsOfLtitemgt;
/// RSS 0.91/0.92 and RSS 1.0 items are subsets). Elements stay nodes so their xml:base and xml:lang travel with them.
/// </summary>
internal sealed class RssItem
{
    /// <summary>Microsoft CDF (https://www.w3.org/TR/NOTE-CDFsubmit.html) puts the link and date in attributes.</summary>
    public string? CdfHref;

    public string? CdfLastMod;

    public XmlNode? Title;
    public XmlNode? Link;
    public XmlNode? Description;

    /// <summary>True when <see cref="Description"/> came from a summary element, so a later description is the content.</summary>
    public bool DescriptionIsSummary;
    public XmlNode? Author;
    public XmlNode? Comments;
    public XmlNode? Guid;
    public XmlNode? PubDate;
    public XmlNode? ExpirationDate;
    public XmlNode? Source;

    /// <summary>Microsoft CDF / early RSS full item HTML (fullitem), or the second of summary and description, read as content.</summary>
    public XmlNode? FullItem;
    public readonly List<XmlNode> Categories = [];
    public readonly List<XmlNode> Enclosures = [];

    /// <summary>True when an enclosure came before the link: feedparser lists links in document order.</summary>
    public bool EnclosureFirst;

    /// <summary>Elements from other namespaces (dc:, content:, media:, itunes:, …) in document order.</summary>
    public readonly List<XmlNode> Extensions = [];

    /// <summary>RSS 1.0 rdf:about, the item's URI.</summary>
    public string? About;

    /// <summary>
    /// Empties the item for the channel's next one: the adapter reads the items one at a time into one RssItem, whose
    /// lists are cleared and kept (an item and three lists were allocated per item). Every field is reset (a test checks).
    /// </summary>
    public void Reset()
    {
        CdfHref = CdfLastMod = About = null;
        Title = Link = Description = Author = Comments = Guid = PubDate = ExpirationDate = Source = FullItem = null;
        DescriptionIsSummary = EnclosureFirst = false;
        Categories.Clear();
        Enclosures.Clear();
        Extensions.Clear();
    }
}
