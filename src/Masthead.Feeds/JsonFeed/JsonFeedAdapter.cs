using Masthead.Feeds.Building;
using Masthead.Feeds.Content;

namespace Masthead.Feeds.JsonFeed;

/// <summary>Maps the JSON Feed wire model onto the shared model. HTML content is sanitized; URLs resolve against feed_url.</summary>
internal static class JsonFeedAdapter
{
    public static string Format(JsonFeedDocument document) =>
        document.Version.EndsWith("/1.1", StringComparison.Ordinal) ? "json11" : document.Version.EndsWith("/1", StringComparison.Ordinal) ? "json10" : "json";

    public static void Fill(JsonFeedDocument document, FeedBuilder feed, string? documentUrl)
    {
        var baseUrl = document.FeedUrl ?? documentUrl;
        feed.Title = Plain(document.Title, document.Language, baseUrl);
        feed.Subtitle = Plain(document.Description, document.Language, baseUrl);
        feed.Language = document.Language;
        feed.Icon = UrlResolver.Resolve(baseUrl, document.Favicon);
        feed.Image = document.Icon is null ? null : new FeedImage(UrlResolver.Resolve(baseUrl, document.Icon), null, null, null, null, null);
        if (document.HomePageUrl is { } home)
        {
            feed.Links.Add(new FeedLink(UrlResolver.Resolve(baseUrl, home)!, "alternate", TextKind.Html, null, null, null));
        }
        if (document.FeedUrl is { } self)
        {
            feed.Links.Add(new FeedLink(self, "self", "application/feed+json", null, null, null));
        }
        feed.Authors.AddRange(document.Authors.Select(a => new FeedPerson(a.Name, null, UrlResolver.Resolve(baseUrl, a.Url))));
        feed.ExpectEntries(document.Items.Count);
        foreach (var item in document.Items)
        {
            feed.AddEntry(Entry(item, baseUrl));
        }
    }

    private static EntryBuilder Entry(JsonFeedItem item, string? baseUrl)
    {
        var entry = EntryBuilder.Rent();
        entry.Guid = item.Id;
        entry.Title = Plain(item.Title, item.Language, baseUrl);
        entry.Summary = Plain(item.Summary, item.Language, baseUrl);
        entry.ImageUrl = UrlResolver.Resolve(baseUrl, item.Image ?? item.BannerImage);
        entry.Published = item.DatePublished is null ? null : DateStamp.From(item.DatePublished);
        entry.Updated = item.DateModified is null ? null : DateStamp.From(item.DateModified);
        if (item.ContentHtml is not null)
        {
            entry.Contents.Add(new FeedText(FeedHtml.Sanitize(item.ContentHtml, baseUrl), TextKind.Html, item.Language, baseUrl));
        }
        if (item.ContentText is not null)
        {
            entry.Contents.Add(new FeedText(item.ContentText.Trim(), TextKind.Plain, item.Language, baseUrl));
        }
        if (item.Url is { } url)
        {
            entry.Links.Add(new FeedLink(UrlResolver.Resolve(baseUrl, url)!, "alternate", TextKind.Html, null, null, null));
        }
        if (item.ExternalUrl is { } external)
        {
            entry.Links.Add(new FeedLink(UrlResolver.Resolve(baseUrl, external)!, "related", TextKind.Html, null, null, null));
        }
        entry.Authors.AddRange(item.Authors.Select(a => new FeedPerson(a.Name, null, UrlResolver.Resolve(baseUrl, a.Url))));
        entry.Tags.AddRange(item.Tags.Select(t => new FeedCategory(t, null, null)));
        foreach (var attachment in item.Attachments)
        {
            var href = UrlResolver.Resolve(baseUrl, attachment.Url)!;
            entry.Enclosures.Add(new FeedEnclosure(href, attachment.MimeType, attachment.SizeInBytes));
            entry.Links.Add(new FeedLink(href, "enclosure", attachment.MimeType, attachment.Title, attachment.SizeInBytes, null));
        }
        return entry;
    }

    private static FeedText? Plain(string? value, string? language, string? baseUrl) =>
        value is null ? null : new FeedText(value.Trim(), TextKind.Plain, language, baseUrl);
}
