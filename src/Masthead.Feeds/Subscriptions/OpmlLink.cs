namespace Masthead.Feeds;

/// <summary>An outline that is not a feed: an included subscription list, or a site without a feed URL.</summary>
public sealed record OpmlLink(string Title, string Url);
