using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Rss;

/// <summary>An RSS channel as the specifications define it (https://www.rssboard.org/rss-specification#requiredChannelElements).</summary>
internal sealed class RssChannel
{
    /// <summary>The xml:lang in scope on the channel (or the HTTP Content-Language).</summary>
    public string? XmlLang;

    /// <summary>Microsoft CDF (https://www.w3.org/TR/NOTE-CDFsubmit.html) puts the link and date in attributes.</summary>
    public string? CdfHref;

    public string? CdfLastMod;

    public XmlNode? Title;
    public XmlNode? Link;
    public XmlNode? Description;
    public XmlNode? Language;
    public XmlNode? Copyright;
    public XmlNode? ManagingEditor;
    public XmlNode? WebMaster;
    public XmlNode? PubDate;
    public XmlNode? LastBuildDate;
    public XmlNode? Generator;
    public XmlNode? Docs;
    public XmlNode? Cloud;
    public XmlNode? Ttl;
    public XmlNode? Image;
    public XmlNode? TextInput;
    public XmlNode? SkipHours;
    public XmlNode? SkipDays;
    public readonly List<XmlNode> Categories = [];

    /// <summary>The item elements, in document order: the adapter reads them one at a time (<see cref="RssReader.ReadItem"/>).</summary>
    public readonly List<XmlNode> Items = [];
    public readonly List<XmlNode> Extensions = [];
}
