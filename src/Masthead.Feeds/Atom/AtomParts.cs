using System.Globalization;
using Masthead.Feeds.Content;
using Masthead.Feeds.Namespaces;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Atom;

/// <summary>Atom constructs shared by feed, entry and source: persons (4.2.1), links (4.2.7), categories (4.2.2), source (4.2.11).</summary>
internal static class AtomParts
{
    public static void AddPeople(List<FeedPerson> people, List<XmlNode> nodes)
    {
        foreach (var node in nodes)
        {
            var uri = ChildText(node, "uri", "url", "homepage");
            var person = new FeedPerson(ChildText(node, "name"), ChildText(node, "email"), uri is null ? null : UrlResolver.Resolve(node.Base, uri));
            if (person.Name is null && person.Email is null && person.Uri is null && node.Text.Trim().Length > 0)
            {
                person = PersonText.Parse(node.Text);
            }
            people.Add(person);
        }
    }

    /// <summary>
    /// The trimmed text of the first child element named any of the names, or null. A loop: it was a local function taking
    /// a params array, with a LINQ query and two closures, for each of three parts of every person.
    /// </summary>
    private static string? ChildText(XmlNode node, string name, string? other = null, string? third = null)
    {
        var children = node.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (!child.IsText && (child.LocalName == name || child.LocalName == other || child.LocalName == third))
            {
                return child.Text.Trim();
            }
        }
        return null;
    }

    public static void AddLinks(List<FeedLink> links, List<XmlNode> nodes)
    {
        foreach (var node in nodes)
        {
            var href = node.Attr("href") ?? node.Attr("url") ?? (node.Text.Trim() is { Length: > 0 } text ? text : null);
            if (href is null)
            {
                continue;
            }
            long? length = long.TryParse(node.Attr("length")?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
            var rel = node.Attr("rel")?.Trim();
            links.Add(new FeedLink(UrlResolver.Resolve(node.Base, href)!, string.IsNullOrEmpty(rel) ? "alternate" : rel,
                node.Attr("type")?.Trim(), node.Attr("title"), length, node.Attr("hreflang")));
        }
    }

    public static void AddCategories(List<FeedCategory> tags, List<XmlNode> nodes)
    {
        foreach (var node in nodes)
        {
            var term = node.Attr("term") ?? node.Text;
            if (!string.IsNullOrWhiteSpace(term))
            {
                tags.Add(new FeedCategory(term.Trim(), node.Attr("scheme"), node.Attr("label")));
            }
        }
    }

    public static FeedSource Source(XmlNode node)
    {
        var builder = new Building.FeedBuilder();
        AtomAdapter.Fill(AtomReader.ReadFeed(node), builder);
        var feed = builder.Build("", "", []);
        return new FeedSource(feed.Title, null, feed.Link, feed.Id) { Metadata = feed };
    }
}
