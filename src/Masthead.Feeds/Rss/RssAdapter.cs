using System.Globalization;
using Masthead.Feeds.Building;
using Masthead.Feeds.Content;
using Masthead.Feeds.Namespaces;
using Masthead.Feeds.Xml;

namespace Masthead.Feeds.Rss;

/// <summary>Maps the RSS wire model (any version, RDF included) onto the shared model.</summary>
internal static class RssAdapter
{
    public static void Fill(RssChannel channel, FeedBuilder feed)
    {
        feed.Title = Text(channel.Title, null);
        feed.Subtitle = Text(channel.Description, TextKind.Html);
        feed.Rights = Text(channel.Copyright, null);
        feed.Language = channel.Language?.Text.Trim() ?? channel.XmlLang;
        AddLink(feed.Links, channel.Link, "alternate");
        if (channel.Link is null && channel.CdfHref is { Length: > 0 } cdfHref)
        {
            feed.Links.Add(new FeedLink(cdfHref, "alternate", TextKind.Html, null, null, null));
        }
        AddPerson(feed.Authors, channel.ManagingEditor);
        feed.Publisher = channel.WebMaster is null ? null : PersonText.Parse(channel.WebMaster.Text);
        feed.Published = DateStamp.FromNode(channel.PubDate);
        feed.Updated = DateStamp.FromNode(channel.LastBuildDate) ?? (channel.CdfLastMod is { Length: > 0 } lastMod ? DateStamp.From(lastMod) : null);
        feed.Generator = channel.Generator is { } g && g.Text.Trim().Length > 0 ? new FeedGenerator(g.Text.Trim(), null, null) : null;
        feed.Docs = channel.Docs is null ? null : UrlResolver.Resolve(channel.Docs.Base, channel.Docs.Text);
        feed.Ttl = FeedExtensions.Int(channel.Ttl?.Text ?? "") is { } ttl ? TimeSpan.FromMinutes(ttl) : null;
        feed.Image = Image(channel.Image);
        ReadSkips(channel, feed);
        foreach (var category in channel.Categories)
        {
            EntryExtensions.AddTag(feed.Tags, category.Text, category.Attr("domain"));
        }
        if (channel.Cloud is { } cloud)
        {
            feed.Extensions.Add(new FeedExtension("", "cloud", "", cloud.Attributes.ToDictionary(a => a.LocalName.ToLowerInvariant(), a => a.Value)));
        }
        if (channel.TextInput is { } input)
        {
            var fields = input.Children.Where(c => !c.IsText).GroupBy(c => c.LocalName.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First().Text.Trim());
            feed.Extensions.Add(new FeedExtension("", "textinput", "", fields));
        }
        foreach (var extension in channel.Extensions)
        {
            FeedExtensions.Apply(extension, feed);
        }
        feed.ExpectEntries(channel.Items.Count);
        // One item read after another into the same RssItem: nothing of it outlives its entry.
        var item = new RssItem();
        foreach (var node in channel.Items)
        {
            item.Reset();
            RssReader.ReadItem(node, item);
            feed.AddEntry(Entry(item));
        }
    }

    private static EntryBuilder Entry(RssItem item)
    {
        var entry = EntryBuilder.Rent();
        entry.Title = Text(item.Title, null);
        entry.Summary = Text(item.Description, TextKind.Html);
        entry.Published = DateStamp.FromNode(item.PubDate);
        entry.Expired = DateStamp.FromNode(item.ExpirationDate);
        entry.Comments = item.Comments is null ? null : UrlResolver.Resolve(item.Comments.Base, item.Comments.Text);
        if (item.FullItem is { } full)
        {
            entry.Contents.Add(TextConstructReader.Read(full, TextKind.Html));
        }
        AddLink(entry.Links, item.Link, "alternate");
        if (item.Link is null && item.CdfHref is { Length: > 0 } cdfHref)
        {
            entry.Links.Add(new FeedLink(cdfHref, "alternate", TextKind.Html, null, null, null));
        }
        if (item.CdfLastMod is { Length: > 0 } lastMod)
        {
            entry.Updated ??= DateStamp.From(lastMod);
        }
        ReadGuid(item, entry);
        AddPerson(entry.Authors, item.Author);
        foreach (var category in item.Categories)
        {
            AddCategory(entry, category);
        }
        foreach (var enclosure in item.Enclosures)
        {
            AddEnclosure(entry, enclosure);
        }
        if (item.EnclosureFirst && item.Link is not null)
        {
            // Document order: the enclosure links were written before the item's link.
            var reordered = entry.Links.OrderBy(l => l.Rel == "enclosure" ? 0 : 1).ToList();
            entry.Links.Clear();
            entry.Links.AddRange(reordered);
        }
        if (item.Source is { } source)
        {
            entry.Source = new FeedSource(source.Text.Trim(), UrlResolver.Resolve(source.Base, source.Attr("url")), null, null);
        }
        foreach (var extension in item.Extensions)
        {
            EntryExtensions.Apply(extension, entry);
        }
        return entry;
    }

    /// <summary>A category element is one tag; a tags element (an informal RSS extension) is a comma-separated list of them.</summary>
    private static void AddCategory(EntryBuilder entry, XmlNode category)
    {
        if (!string.Equals(category.LocalName, "tags", StringComparison.OrdinalIgnoreCase))
        {
            EntryExtensions.AddTag(entry.Tags, category.Text, category.Attr("domain"));
            return;
        }
        foreach (var term in category.Text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            EntryExtensions.AddTag(entry.Tags, term, null);
        }
    }

    private static void ReadGuid(RssItem item, EntryBuilder entry)
    {
        if (item.Guid is { } guid && guid.Text.Trim() is { Length: > 0 } text)
        {
            entry.Guid = text;
            // RSS 2.0: isPermaLink defaults to true, and then the guid is the item's URL.
            var permalink = !guid.Attr("isPermaLink").AsSpan().Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
            entry.GuidIsLink = permalink && entry.Links.Count == 0;
            if (entry.GuidIsLink)
            {
                entry.Links.Add(new FeedLink(UrlResolver.Resolve(guid.Base, text)!, "alternate", TextKind.Html, null, null, null));
            }
        }
        else if (item.About is { Length: > 0 } about)
        {
            entry.Guid = about;
        }
    }

    private static void AddEnclosure(EntryBuilder entry, XmlNode node)
    {
        var url = UrlResolver.Resolve(node.Base, node.Attr("url"));
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }
        long? length = long.TryParse(node.Attr("length")?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
        var type = node.Attr("type")?.Trim();
        entry.Enclosures.Add(new FeedEnclosure(url, type, length));
        entry.Links.Add(new FeedLink(url, "enclosure", type, null, length, null));
    }

    private static void ReadSkips(RssChannel channel, FeedBuilder feed)
    {
        foreach (var hour in channel.SkipHours?.Children ?? [])
        {
            if (!hour.IsText && FeedExtensions.Int(hour.Text) is { } h && h is >= 0 and <= 24)
            {
                feed.SkipHours.Add(h);
            }
        }
        foreach (var day in channel.SkipDays?.Children ?? [])
        {
            if (!day.IsText && day.Text.Trim().Length > 0)
            {
                feed.SkipDays.Add(day.Text.Trim());
            }
        }
    }

    private static FeedImage? Image(XmlNode? node)
    {
        if (node is null)
        {
            return null;
        }
        string? Child(string name) => node.Children.FirstOrDefault(c => string.Equals(c.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Text.Trim();
        var url = Child("url") ?? node.Attr("resource");
        return new FeedImage(UrlResolver.Resolve(node.Base, url), Child("title"), UrlResolver.Resolve(node.Base, Child("link")),
            FeedExtensions.Int(Child("width") ?? ""), FeedExtensions.Int(Child("height") ?? ""), Child("description"));
    }

    private static FeedText? Text(XmlNode? node, string? defaultType) => node is null ? null : TextConstructReader.Read(node, defaultType);

    private static void AddLink(List<FeedLink> links, XmlNode? node, string rel)
    {
        var href = node?.Text.Trim();
        if (!string.IsNullOrEmpty(href))
        {
            links.Add(new FeedLink(UrlResolver.Resolve(node!.Base, href)!, rel, TextKind.Html, null, null, null));
        }
    }

    private static void AddPerson(List<FeedPerson> people, XmlNode? node)
    {
        if (node is not null && node.Text.Trim().Length > 0)
        {
            people.Add(PersonText.Parse(node.Text));
        }
    }
}
