using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Subscriptions;

/// <summary>
/// Walks the outline tree of an OPML body. A feed is an outline with an xmlUrl; the outlines above it that
/// are not feeds are its folders, read as a category path; its category attribute adds comma-separated
/// paths ("/a/b"). Attribute names are matched case-insensitively (xmlURL is common). Duplicated feeds merge.
/// </summary>
internal sealed class OpmlOutlines
{
    private readonly Dictionary<string, (string Title, string? Html, List<string> Categories, List<string> Tags)> _feeds = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public List<OpmlLink> Lists { get; } = [];

    public List<OpmlLink> Opportunities { get; } = [];

    public void Walk(XmlNode parent, List<string> folders)
    {
        foreach (var outline in parent.Children)
        {
            if (outline.IsText || !outline.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var title = (Attr(outline, "text") is { } text && text.Trim().Length > 0 ? text : Attr(outline, "title") ?? "").Trim();
            var xmlUrl = Attr(outline, "xmlUrl")?.Trim();
            var type = Attr(outline, "type")?.Trim().ToLowerInvariant();
            var url = Attr(outline, "url")?.Trim();
            var htmlUrl = Attr(outline, "htmlUrl")?.Trim();
            if (!string.IsNullOrEmpty(xmlUrl) && type != "source")
            {
                AddFeed(xmlUrl, title, string.IsNullOrEmpty(htmlUrl) ? null : htmlUrl, folders, Attr(outline, "category"));
            }
            else if (!string.IsNullOrEmpty(url) && (type == "include" || url.EndsWith(".opml", StringComparison.OrdinalIgnoreCase)))
            {
                Lists.Add(new OpmlLink(title, url));
            }
            else if (!string.IsNullOrEmpty(htmlUrl))
            {
                Opportunities.Add(new OpmlLink(title, htmlUrl));
            }
            if (outline.Children.Count > 0)
            {
                Walk(outline, title.Length > 0 && string.IsNullOrEmpty(xmlUrl) ? [.. folders, title] : folders);
            }
        }
    }

    public List<OpmlSubscription> Subscriptions() =>
        _order.Select(url => _feeds[url]).Zip(_order, (f, url) => new OpmlSubscription(f.Title, url, f.Html, f.Categories) { Tags = f.Tags }).ToList();

    private void AddFeed(string url, string title, string? html, List<string> folders, string? categoryAttribute)
    {
        if (!_feeds.TryGetValue(url, out var feed))
        {
            feed = (title, html, [], []);
            _feeds[url] = feed;
            _order.Add(url);
        }
        if (folders.Count > 0)
        {
            AddCategory(feed, [.. folders]);
        }
        foreach (var path in (categoryAttribute ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = path.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0)
            {
                AddCategory(feed, parts);
            }
        }
    }

    private static void AddCategory((string Title, string? Html, List<string> Categories, List<string> Tags) feed, string[] parts)
    {
        var joined = string.Join('/', parts);
        if (!feed.Categories.Contains(joined))
        {
            feed.Categories.Add(joined);
        }
        if (parts.Length == 1 && !feed.Tags.Contains(parts[0]))
        {
            feed.Tags.Add(parts[0]);
        }
    }

    public static string? Attr(XmlNode node, string name)
    {
        foreach (var attribute in node.Attributes)
        {
            if (attribute.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute.Value;
            }
        }
        return null;
    }
}
