using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Atom;

/// <summary>
/// An Atom entry as RFC 4287 section 4.1.2 defines it, with the Atom 0.3 names (issued, modified, created)
/// kept beside their 1.0 successors. Elements stay nodes so xml:base and xml:lang travel with them.
/// </summary>
internal sealed class AtomEntry
{
    public XmlNode? Id;
    public XmlNode? Title;
    public XmlNode? Summary;
    public XmlNode? Rights;
    public XmlNode? Published;
    public XmlNode? Updated;
    public XmlNode? Created;
    public XmlNode? Source;
    public readonly List<XmlNode> Contents = [];
    public readonly List<XmlNode> Authors = [];
    public readonly List<XmlNode> Contributors = [];
    public readonly List<XmlNode> Links = [];
    public readonly List<XmlNode> Categories = [];
    public readonly List<XmlNode> Extensions = [];
}
