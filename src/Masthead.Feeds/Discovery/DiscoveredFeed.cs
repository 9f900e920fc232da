namespace Masthead.Feeds;

/// <summary>A feed found on a web page: its absolute URL, the link title, and the declared media type.</summary>
public sealed record DiscoveredFeed(string Url, string? Title, string? Type);
