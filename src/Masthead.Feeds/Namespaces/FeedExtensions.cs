using System.Globalization;
using Masthead.Feeds.Building;
using Masthead.Feeds.Content;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Namespaces;

/// <summary>The namespaced elements a channel may carry in any format (Dublin Core, iTunes, syndication, Atom links), as a table.</summary>
internal static class FeedExtensions
{
    private static readonly Dictionary<string, Action<XmlNode, FeedBuilder>> Handlers = new()
    {
        ["dc:creator"] = (n, f) => EntryExtensions.AddPerson(f.Authors, n),
        ["dc:author"] = (n, f) => EntryExtensions.AddPerson(f.Authors, n),
        ["itunes:author"] = (n, f) => { if (f.Authors.Count == 0) { EntryExtensions.AddPerson(f.Authors, n); } },
        ["dc:contributor"] = (n, f) => EntryExtensions.AddPerson(f.Contributors, n),
        ["dc:publisher"] = (n, f) => f.Publisher ??= PersonText.Parse(n.Text),
        ["dc:date"] = (n, f) => f.Updated ??= DateStamp.From(n.Text),
        ["dcterms:modified"] = (n, f) => f.Updated ??= DateStamp.From(n.Text),
        ["dcterms:issued"] = (n, f) => f.Published ??= DateStamp.From(n.Text),
        ["dc:language"] = (n, f) => f.Language ??= n.Text.Trim(),
        ["dc:subject"] = (n, f) => EntryExtensions.AddTag(f.Tags, n.Text, null),
        ["itunes:category"] = AddItunesCategory,
        ["itunes:keywords"] = (n, f) => { foreach (var k in n.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) { EntryExtensions.AddTag(f.Tags, k, "http://www.itunes.com/"); } },
        ["dc:title"] = (n, f) => f.Title ??= TextConstructReader.Read(n, null),
        ["dc:description"] = (n, f) => f.Subtitle ??= TextConstructReader.Read(n, TextKind.Html),
        ["itunes:summary"] = (n, f) => f.Subtitle ??= TextConstructReader.Read(n, null),
        ["itunes:subtitle"] = (n, f) => f.Subtitle ??= TextConstructReader.Read(n, null),
        ["dc:rights"] = (n, f) => f.Rights ??= TextConstructReader.Read(n, null),
        ["dcterms:rights"] = (n, f) => f.Rights ??= TextConstructReader.Read(n, null),
        ["itunes:image"] = (n, f) => f.Image ??= new FeedImage(UrlResolver.Resolve(n.Base, n.Attr("href") ?? n.Attr("url") ?? n.Text), null, null, null, null, null),
        ["itunes:owner"] = (n, f) => f.Publisher ??= new FeedPerson(n.Children.FirstOrDefault(c => c.LocalName == "name")?.Text.Trim(), n.Children.FirstOrDefault(c => c.LocalName == "email")?.Text.Trim(), null),
        ["media:thumbnail"] = (n, f) => f.Image ??= new FeedImage(UrlResolver.Resolve(n.Base, n.Attr("url")), null, null, null, null, null),
        ["sy:updatePeriod"] = (n, f) => f.Extensions.Add(ExtensionReader.Read(n)),
        ["atom:link"] = (n, f) => { if (n.Attr("href") is { } href) { f.Links.Add(new FeedLink(UrlResolver.Resolve(n.Base, href)!, n.Attr("rel") ?? "alternate", n.Attr("type"), n.Attr("title"), null, n.Attr("hreflang"))); } },
        ["atom:id"] = (n, f) => f.Id ??= n.Text.Trim(),
    };

    public static void Apply(XmlNode node, FeedBuilder feed)
    {
        var key = KnownNamespaces.KeyOf(node);
        if (Handlers.TryGetValue(key, out var handler))
        {
            handler(node, feed);
            if (key.StartsWith("itunes:", StringComparison.Ordinal) && key is not ("itunes:keywords" or "itunes:category" or "itunes:owner"))
            {
                feed.Extensions.Add(ExtensionReader.Read(node));
            }
            return;
        }
        feed.Extensions.Add(ExtensionReader.Read(node));
    }

    private static void AddItunesCategory(XmlNode node, FeedBuilder feed)
    {
        EntryExtensions.AddTag(feed.Tags, node.Attr("text") ?? "", "http://www.itunes.com/");
        foreach (var child in node.Children)
        {
            if (child.LocalName == "category")
            {
                AddItunesCategory(child, feed);
            }
        }
    }

    public static int? Int(string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
