using Masthead.Feeds.Building;
using Masthead.Feeds.Content;
using Masthead.Feeds.Namespaces;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Atom;

/// <summary>Maps the Atom wire model onto the shared model (RFC 4287; Atom 0.3 text defaults to text/plain as 1.0 does).</summary>
internal static class AtomAdapter
{
    public static void Fill(AtomFeed atom, FeedBuilder feed)
    {
        feed.Title = Text(atom.Title);
        feed.Subtitle = Text(atom.Subtitle);
        feed.Rights = Text(atom.Rights);
        feed.Info = Text(atom.Info);
        feed.Id = atom.Id is null ? null : UrlResolver.Resolve(atom.Id.Base, atom.Id.Text.Trim());
        feed.Updated = DateStamp.FromNode(atom.Updated);
        feed.Published = DateStamp.FromNode(atom.Published);
        feed.Icon = atom.Icon is null ? null : UrlResolver.Resolve(atom.Icon.Base, atom.Icon.Text);
        feed.Image = atom.Logo is null ? null : new FeedImage(UrlResolver.Resolve(atom.Logo.Base, atom.Logo.Text), null, null, null, null, null);
        feed.Generator = Generator(atom.Generator);
        feed.Language = atom.XmlLang;
        AtomParts.AddPeople(feed.Authors, atom.Authors);
        AtomParts.AddPeople(feed.Contributors, atom.Contributors);
        AtomParts.AddLinks(feed.Links, atom.Links);
        AtomParts.AddCategories(feed.Tags, atom.Categories);
        foreach (var extension in atom.Extensions)
        {
            FeedExtensions.Apply(extension, feed);
        }
        feed.ExpectEntries(atom.Entries.Count);
        // One entry read after another into the same AtomEntry: nothing of it outlives its entry.
        var entry = new AtomEntry();
        foreach (var node in atom.Entries)
        {
            entry.Reset();
            AtomReader.ReadEntry(node, atom.Namespace, entry);
            feed.AddEntry(Entry(entry));
        }
    }

    private static EntryBuilder Entry(AtomEntry atom)
    {
        var entry = EntryBuilder.Rent();
        entry.Title = Text(atom.Title);
        entry.Summary = Text(atom.Summary);
        entry.Rights = Text(atom.Rights);
        entry.Guid = atom.Id is null ? null : UrlResolver.Resolve(atom.Id.Base, atom.Id.Text.Trim());
        entry.Published = DateStamp.FromNode(atom.Published);
        entry.Updated = DateStamp.FromNode(atom.Updated);
        entry.Created = DateStamp.FromNode(atom.Created);
        entry.Source = atom.Source is null ? null : AtomParts.Source(atom.Source);
        foreach (var content in atom.Contents)
        {
            var read = TextConstructReader.Read(content, TextKind.Plain);
            // RFC 4287 4.1.3.2: out-of-line content names its location in src (and is otherwise empty).
            entry.Contents.Add(content.Attr("src") is { } src ? read with { Src = UrlResolver.Resolve(content.Base, src.Trim()) } : read);
        }
        // Only when there are some: the entry makes these lists on first use.
        if (atom.Authors.Count > 0)
        {
            AtomParts.AddPeople(entry.Authors, atom.Authors);
        }
        if (atom.Contributors.Count > 0)
        {
            AtomParts.AddPeople(entry.Contributors, atom.Contributors);
        }
        AtomParts.AddLinks(entry.Links, atom.Links);
        if (atom.Categories.Count > 0)
        {
            AtomParts.AddCategories(entry.Tags, atom.Categories);
        }
        foreach (var link in entry.Links)
        {
            if (link.Rel == "enclosure")
            {
                entry.Enclosures.Add(new FeedEnclosure(link.Href, link.Type, link.Length));
            }
        }
        foreach (var extension in atom.Extensions)
        {
            if (extension.Namespace is KnownNamespaces.Atom10 or KnownNamespaces.Atom03)
            {
                entry.Extensions.Add(ExtensionReader.ReadUnprefixed(extension));
                continue;
            }
            EntryExtensions.Apply(extension, entry);
        }
        return entry;
    }

    private static FeedGenerator? Generator(XmlNode? node)
    {
        if (node is null)
        {
            return null;
        }
        var uri = node.Attr("uri") ?? node.Attr("url");
        return new FeedGenerator(node.Text.Trim(), uri is null ? null : UrlResolver.Resolve(node.Base, uri), node.Attr("version"));
    }

    private static FeedText? Text(XmlNode? node) => node is null ? null : TextConstructReader.Read(node, TextKind.Plain);

}
