namespace Masthead.Feeds;

/// <summary>A link with its relation (RFC 4287 section 4.2.7); RSS links become rel="alternate".</summary>
public sealed record FeedLink(string Href, string Rel, string? Type, string? Title, long? Length, string? HrefLang);
