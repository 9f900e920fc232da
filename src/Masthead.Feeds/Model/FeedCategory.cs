namespace Masthead.Feeds;

/// <summary>A category or tag: term, the scheme (RSS domain / Atom scheme) and a human label.</summary>
public sealed record FeedCategory(string Term, string? Scheme, string? Label);
