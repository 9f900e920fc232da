using Masthead.Feeds.Atom;
using Masthead.Feeds.Building;
using Masthead.Feeds.Content;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>
/// Atom 1.0 (RFC 4287) and 0.3 elements written inside an RSS item under the Atom namespace, as feeds that mix the two
/// do: an atom:author, atom:content or atom:published there means what it means in an Atom entry. Each only fills
/// what the item's own RSS elements left empty (the core element wins, as everywhere in <see cref="EntryBuilder"/>).
/// atom:link is read with the other entry extensions.
/// </summary>
internal static class AtomInRss
{
    public static readonly Dictionary<string, Action<XmlNode, EntryBuilder>> Handlers = new()
    {
        // RFC 4287 4.2.1: a person construct; an item with an RSS author or dc:creator already has its author.
        ["atom:author"] = (n, e) => { if (!e.HasAuthors) { AtomParts.AddPeople(e.Authors, [n]); } },
        ["atom:contributor"] = (n, e) => AtomParts.AddPeople(e.Contributors, [n]),
        // RFC 4287 4.1.3 and 4.2.13: text constructs, type="text" unless stated.
        ["atom:content"] = (n, e) => e.Contents.Add(TextConstructReader.Read(n, TextKind.Plain)),
        ["atom:summary"] = (n, e) => e.Summary ??= TextConstructReader.Read(n, TextKind.Plain),
        ["atom:published"] = (n, e) => e.Published ??= DateStamp.FromNode(n),
        ["atom:issued"] = (n, e) => e.Published ??= DateStamp.FromNode(n),
        ["atom:updated"] = (n, e) => e.Updated ??= DateStamp.FromNode(n),
        ["atom:modified"] = (n, e) => e.Updated ??= DateStamp.FromNode(n),
        ["atom:category"] = (n, e) => AtomParts.AddCategories(e.Tags, [n]),
    };
}
