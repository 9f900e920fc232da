namespace Masthead.Feeds.JsonFeed;

/// <summary>A JSON Feed document (https://www.jsonfeed.org/version/1.1/#top-level-a-name-top-level-a).</summary>
internal sealed record JsonFeedDocument(
    string Version, string? Title, string? HomePageUrl, string? FeedUrl, string? Description, string? Icon, string? Favicon,
    IReadOnlyList<JsonFeedAuthor> Authors, string? Language, IReadOnlyList<JsonFeedItem> Items);
