namespace Masthead.Feeds;

/// <summary>A channel image (RSS 2.0 image element, Atom logo, iTunes image).</summary>
public sealed record FeedImage(string? Url, string? Title, string? Link, int? Width, int? Height, string? Description);
