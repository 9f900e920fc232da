namespace Masthead.Feeds;

/// <summary>The software that wrote the feed (Atom generator with uri and version; RSS generator text).</summary>
public sealed record FeedGenerator(string Name, string? Uri, string? Version);
