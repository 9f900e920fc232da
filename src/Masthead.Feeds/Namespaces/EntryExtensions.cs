using System.Globalization;
using Masthead.Feeds.Building;
using Masthead.Feeds.Content;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>
/// The namespaced elements an entry may carry in any format, as a table from "prefix:name" to what it fills:
/// Dublin Core (https://www.dublincore.org/specifications/dublin-core/dces/), content:encoded (RSS 1.0
/// content module), Media RSS (https://www.rssboard.org/media-rss), iTunes podcast tags, Atom links inside
/// RSS. Anything else is kept as an extension.
/// </summary>
internal static class EntryExtensions
{
    private static readonly Dictionary<string, Action<XmlNode, EntryBuilder>> Handlers = WithAtomInRss(new()
    {
        ["dc:creator"] = (n, e) => AddPerson(e.Authors, n),
        ["dc:author"] = (n, e) => AddPerson(e.Authors, n),
        ["itunes:author"] = (n, e) => { if (!e.HasAuthors) { AddPerson(e.Authors, n); } },
        ["dc:contributor"] = (n, e) => AddPerson(e.Contributors, n),
        ["dc:publisher"] = (n, e) => e.Publisher ??= PersonText.Parse(n.Text),
        ["dc:date"] = (n, e) => e.Updated ??= DateStamp.From(n.Text),
        ["dcterms:modified"] = (n, e) => e.Updated ??= DateStamp.From(n.Text),
        ["dcterms:issued"] = (n, e) => e.Published ??= DateStamp.From(n.Text),
        ["dcterms:created"] = (n, e) => e.Created ??= DateStamp.From(n.Text),
        ["dcterms:valid"] = (n, e) => e.Extensions.Add(ExtensionReader.Read(n)),
        ["dc:subject"] = (n, e) => AddTag(e.Tags, n.Text, null),
        ["itunes:keywords"] = (n, e) => { foreach (var k in n.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) { AddTag(e.Tags, k, "http://www.itunes.com/"); } },
        ["dc:title"] = (n, e) => e.Title ??= TextConstructReader.Read(n, null),
        ["dc:description"] = (n, e) => e.Summary ??= TextConstructReader.Read(n, TextKind.Html),
        ["itunes:summary"] = (n, e) => e.Summary ??= TextConstructReader.Read(n, null),
        ["dc:rights"] = (n, e) => e.Rights ??= TextConstructReader.Read(n, null),
        ["dcterms:rights"] = (n, e) => e.Rights ??= TextConstructReader.Read(n, null),
        ["dc:identifier"] = (n, e) => e.Guid ??= n.Text.Trim(),
        ["content:encoded"] = (n, e) => e.Contents.Add(TextConstructReader.Read(n, TextKind.Html)),
        ["xhtml:body"] = (n, e) => e.Contents.Add(new FeedText(FeedHtml.Sanitize(MarkupWriter.InnerMarkup(n), n.Base), TextKind.Xhtml, n.Language, n.Base)),
        ["media:content"] = AddMediaContent,
        ["media:thumbnail"] = (n, e) => e.ImageUrl ??= UrlResolver.Resolve(n.Base, n.Attr("url")),
        ["media:title"] = (n, e) => e.Title ??= TextConstructReader.Read(n, n.Attr("type") == "html" ? TextKind.Html : TextKind.Plain),
        ["media:description"] = (n, e) => e.Summary ??= TextConstructReader.Read(n, n.Attr("type") == "html" ? TextKind.Html : TextKind.Plain),
        ["media:category"] = (n, e) => { if (n.Text.Trim().Length > 0) { e.Tags.Add(new FeedCategory(n.Text.Trim(), n.Attr("scheme") ?? "http://search.yahoo.com/mrss/category_schema", n.Attr("label"))); } },
        ["georss:point"] = (n, e) => e.Where ??= GeoRss.ReadSimple(n),
        ["georss:line"] = (n, e) => e.Where ??= GeoRss.ReadSimple(n),
        ["georss:polygon"] = (n, e) => e.Where ??= GeoRss.ReadSimple(n),
        ["georss:box"] = (n, e) => e.Where ??= GeoRss.ReadSimple(n),
        ["georss:where"] = (n, e) => e.Where ??= GeoRss.ReadWhere(n),
        ["gml:Point"] = (n, e) => e.Where ??= GeoRss.ReadGml(n),
        ["gml:LineString"] = (n, e) => e.Where ??= GeoRss.ReadGml(n),
        ["gml:Polygon"] = (n, e) => e.Where ??= GeoRss.ReadGml(n),
        ["gml:Envelope"] = (n, e) => e.Where ??= GeoRss.ReadGml(n),
        ["psc:chapters"] = (n, e) => e.Chapters ??= PodloveChapters.Read(n), // the first list wins, as in feedparser
        ["media:group"] = (n, e) => { foreach (var c in n.Children) { if (!c.IsText) { Apply(c, e); } } },
        ["itunes:image"] = (n, e) => { e.ImageUrl ??= UrlResolver.Resolve(n.Base, n.Attr("href") ?? n.Attr("url") ?? n.Text); AddItunesImage(e); },
        ["itunes:category"] = AddItunesCategory,
        ["itunes:link"] = (n, e) => { if (n.Attr("rel") == "image" && n.Attr("href") is { } href) { e.ImageUrl ??= UrlResolver.Resolve(n.Base, href); AddItunesImage(e); } },
        ["cc:license"] = (n, e) => AddLicense(e, n, n.Attr("resource") ?? n.Text),
        ["creativecommons:license"] = (n, e) => AddLicense(e, n, n.Text),
        ["atom:link"] = (n, e) => { if (n.Attr("href") is { } href) { e.Links.Add(new FeedLink(UrlResolver.Resolve(n.Base, href)!, n.Attr("rel") ?? "alternate", n.Attr("type"), n.Attr("title"), null, n.Attr("hreflang"))); } },
    });

    /// <summary>The table above and the Atom elements read inside RSS items (<see cref="AtomInRss"/>), one lookup per element.</summary>
    private static Dictionary<string, Action<XmlNode, EntryBuilder>> WithAtomInRss(Dictionary<string, Action<XmlNode, EntryBuilder>> handlers)
    {
        foreach (var (key, handler) in AtomInRss.Handlers)
        {
            handlers.Add(key, handler);
        }
        return handlers;
    }

    /// <summary>The entry's image as feedparser lists it among the extensions (itunes:image, or an itunes:link rel="image").</summary>
    private static void AddItunesImage(EntryBuilder e) =>
        e.Extensions.Add(new FeedExtension("itunes", "image", "", new Dictionary<string, string> { ["href"] = e.ImageUrl ?? "" }));

    private static readonly Dictionary<string, Action<XmlNode, EntryBuilder>>.AlternateLookup<ReadOnlySpan<char>> HandlersBySpan = Handlers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Applies a namespaced element to an entry; unknown elements become extensions.</summary>
    public static void Apply(XmlNode node, EntryBuilder entry)
    {
        // "prefix:name" assembled on the stack (as ExtensionReader does): the concatenated key was allocated for every
        // namespaced element of every entry only to be looked up.
        var prefix = KnownNamespaces.PrefixOf(node);
        var length = prefix.Length == 0 ? node.LocalName.Length : prefix.Length + 1 + node.LocalName.Length;
        Span<char> buffer = length <= 128 ? stackalloc char[length] : new char[length];
        if (prefix.Length > 0)
        {
            prefix.CopyTo(buffer);
            buffer[prefix.Length] = ':';
        }
        node.LocalName.CopyTo(buffer[(length - node.LocalName.Length)..]);
        ReadOnlySpan<char> key = buffer;
        if (HandlersBySpan.TryGetValue(key, out var handler))
        {
            handler(node, entry);
            if (key is "media:content" or "media:thumbnail")
            {
                entry.Extensions.Add(ExtensionReader.Read(node, prefix));
            }
            return;
        }
        entry.Extensions.Add(ExtensionReader.Read(node, prefix));
    }

    public static void AddPerson(List<FeedPerson> people, XmlNode node)
    {
        if (!string.IsNullOrWhiteSpace(node.Text))
        {
            people.Add(PersonText.Parse(node.Text));
        }
    }

    public static void AddTag(List<FeedCategory> tags, string term, string? scheme)
    {
        var trimmed = term.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }
        // A loop rather than Exists(lambda): the closure would be allocated for every tag of every entry.
        foreach (var tag in tags)
        {
            if (tag.Term == trimmed && tag.Scheme == scheme)
            {
                return;
            }
        }
        tags.Add(new FeedCategory(trimmed, scheme, null));
    }

    private static void AddItunesCategory(XmlNode node, EntryBuilder entry)
    {
        AddTag(entry.Tags, node.Attr("text") ?? "", "http://www.itunes.com/");
        foreach (var child in node.Children)
        {
            if (child.LocalName == "category")
            {
                AddItunesCategory(child, entry);
            }
        }
    }

    private static void AddLicense(EntryBuilder entry, XmlNode node, string href)
    {
        if (!string.IsNullOrWhiteSpace(href))
        {
            entry.Links.Add(new FeedLink(UrlResolver.Resolve(node.Base, href.Trim())!, "license", null, null, null, null));
        }
    }

    private static void AddMediaContent(XmlNode node, EntryBuilder entry)
    {
        var url = UrlResolver.Resolve(node.Base, node.Attr("url"));
        if (string.IsNullOrEmpty(url))
        {
            return;
        }
        long? length = long.TryParse(node.Attr("fileSize"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : null;
        var type = node.Attr("type") ?? (node.Attr("medium") == "image" ? "image/*" : null);
        entry.Enclosures.Add(new FeedEnclosure(url, type, length));
    }
}
