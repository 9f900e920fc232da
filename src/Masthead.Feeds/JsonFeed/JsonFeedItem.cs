namespace Masthead.Feeds.JsonFeed;

/// <summary>A JSON Feed item (https://www.jsonfeed.org/version/1.1/#items-a-name-items-a).</summary>
internal sealed record JsonFeedItem(
    string? Id, string? Url, string? ExternalUrl, string? Title, string? ContentHtml, string? ContentText, string? Summary,
    string? Image, string? BannerImage, string? DatePublished, string? DateModified, IReadOnlyList<JsonFeedAuthor> Authors,
    IReadOnlyList<string> Tags, string? Language, IReadOnlyList<JsonFeedAttachment> Attachments);

/// <summary>A JSON Feed author (1.1 authors array; 1.0 single author object).</summary>
internal sealed record JsonFeedAuthor(string? Name, string? Url, string? Avatar);

/// <summary>A JSON Feed attachment.</summary>
internal sealed record JsonFeedAttachment(string Url, string? MimeType, string? Title, long? SizeInBytes);
