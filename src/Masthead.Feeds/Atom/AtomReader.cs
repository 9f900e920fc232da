using Masthead.Feeds.Namespaces;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Atom;

/// <summary>Reads the Atom element tree (1.0 or 0.3) into the wire model; elements of other namespaces are kept as extensions.</summary>
internal static class AtomReader
{
    public static AtomFeed ReadFeed(XmlNode root)
    {
        var feed = new AtomFeed { XmlLang = root.Language, Namespace = root.Namespace };
        foreach (var child in root.Children)
        {
            if (child.IsText)
            {
                continue;
            }
            if (!IsAtom(child, root.Namespace))
            {
                feed.Extensions.Add(child);
                continue;
            }
            switch (child.LocalName)
            {
                case "id": feed.Id ??= child; break;
                case "title": feed.Title ??= child; break;
                case "subtitle" or "tagline": feed.Subtitle ??= child; break;
                case "rights" or "copyright": feed.Rights ??= child; break;
                case "info": feed.Info ??= child; break;
                case "updated" or "modified": feed.Updated ??= child; break;
                case "published" or "issued": feed.Published ??= child; break;
                case "generator": feed.Generator ??= child; break;
                case "icon": feed.Icon ??= child; break;
                case "logo": feed.Logo ??= child; break;
                case "author": feed.Authors.Add(child); break;
                case "contributor": feed.Contributors.Add(child); break;
                case "link": feed.Links.Add(child); break;
                case "category": feed.Categories.Add(child); break;
                // An RSS-style item inside an Atom feed is read as an entry, as feedparser and most readers do.
                case "entry" or "item": feed.Entries.Add(child); break;
                default: feed.Extensions.Add(child); break;
            }
        }
        return feed;
    }

    /// <summary>Reads an entry element into <paramref name="entry"/>, which is empty (new or <see cref="AtomEntry.Reset"/>).</summary>
    public static void ReadEntry(XmlNode node, string feedNamespace, AtomEntry entry)
    {
        // By index: a foreach over IReadOnlyList boxes an enumerator per entry.
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.IsText)
            {
                continue;
            }
            if (!IsAtom(child, feedNamespace))
            {
                entry.Extensions.Add(child);
                continue;
            }
            switch (child.LocalName)
            {
                case "id": entry.Id ??= child; break;
                case "title": entry.Title ??= child; break;
                case "summary": entry.Summary ??= child; break;
                case "rights" or "copyright": entry.Rights ??= child; break;
                case "published" or "issued": entry.Published = child; break;
                case "updated" or "modified": entry.Updated = child; break;
                case "created": entry.Created = child; break;
                case "source": entry.Source ??= child; break;
                case "content": entry.Contents.Add(child); break;
                case "author": entry.Authors.Add(child); break;
                case "contributor": entry.Contributors.Add(child); break;
                case "link": entry.Links.Add(child); break;
                case "category": entry.Categories.Add(child); break;
                default: entry.Extensions.Add(child); break;
            }
        }
    }

    /// <summary>An element of the feed's own Atom vocabulary (same namespace as the root, or an Atom namespace).</summary>
    private static bool IsAtom(XmlNode node, string feedNamespace) =>
        node.Namespace == feedNamespace || node.Namespace is KnownNamespaces.Atom10 or KnownNamespaces.Atom03;
}
