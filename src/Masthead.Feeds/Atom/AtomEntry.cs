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

    /// <summary>
    /// Empties the entry for the feed's next one: the adapter reads the entries one at a time into one AtomEntry, whose
    /// lists are cleared and kept (an entry and six lists were allocated per entry). Every field is reset (a test checks).
    /// </summary>
    public void Reset()
    {
        Id = Title = Summary = Rights = Published = Updated = Created = Source = null;
        Contents.Clear();
        Authors.Clear();
        Contributors.Clear();
        Links.Clear();
        Categories.Clear();
        Extensions.Clear();
    }
}
