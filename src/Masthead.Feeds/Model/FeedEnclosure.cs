namespace Masthead.Feeds;

/// <summary>A media file attached to an entry (RSS enclosure, Atom link rel="enclosure", JSON Feed attachment).</summary>
public sealed record FeedEnclosure(string Url, string? Type, long? Length);
