using Masthead.Crawling.Pipeline;
using Masthead.Feeds;

namespace Masthead.Crawling.Adapters;

/// <summary>The crawler's feed seam on Masthead.Feeds' FeedParser (any format, however broken).</summary>
public sealed class FeedsFeedReader : IFeedReader
{
    public FeedDocument Read(ReadOnlyMemory<byte> body, string url, IReadOnlyDictionary<string, string> headers)
    {
        var feed = FeedParser.Parse(body, new FeedRequest { Url = url, Headers = headers });
        return new FeedDocument
        {
            Title = feed.Title,
            Link = feed.Link,
            Ttl = feed.Ttl,
            SkipHours = feed.SkipHours,
            Error = feed.Error,
            Entries = [.. feed.Entries.Where(e => e.Identity.Length > 0).Select(ToItem)],
        };
    }

    private static FeedItem ToItem(FeedEntry entry) => new()
    {
        Identity = entry.Identity,
        Link = entry.Link,
        Title = entry.Title,
        Html = string.IsNullOrWhiteSpace(entry.Content) ? entry.Summary : entry.Content,
        Published = entry.Published,
        Updated = entry.Updated,
        Author = entry.Authors.Select(a => a.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        Categories = entry.Categories,
        ImageUrl = entry.ImageUrl,
    };
}
