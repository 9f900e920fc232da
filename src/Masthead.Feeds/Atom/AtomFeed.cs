using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Atom;

/// <summary>An Atom feed as RFC 4287 section 4.1.1 defines it (Atom 0.3: tagline, copyright, info, modified).</summary>
internal sealed class AtomFeed
{
    /// <summary>The xml:lang in scope on the feed element (or the HTTP Content-Language).</summary>
    public string? XmlLang;

    public XmlNode? Id;
    public XmlNode? Title;
    public XmlNode? Subtitle;
    public XmlNode? Rights;
    public XmlNode? Info;
    public XmlNode? Updated;
    public XmlNode? Published;
    public XmlNode? Generator;
    public XmlNode? Icon;
    public XmlNode? Logo;
    public readonly List<XmlNode> Authors = [];
    public readonly List<XmlNode> Contributors = [];
    public readonly List<XmlNode> Links = [];
    public readonly List<XmlNode> Categories = [];

    /// <summary>The namespace of the feed element: the vocabulary its entries' own elements are in.</summary>
    public string Namespace = "";

    /// <summary>The entry elements, in document order: the adapter reads them one at a time (<see cref="AtomReader.ReadEntry"/>).</summary>
    public readonly List<XmlNode> Entries = [];
    public readonly List<XmlNode> Extensions = [];
}
