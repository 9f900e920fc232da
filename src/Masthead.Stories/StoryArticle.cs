namespace Masthead.Stories;

/// <summary>
/// One article as the stories stage sees it: identity, source, headline, plain body text and date.
/// <see cref="Categories"/> carries the feed's own categories (RSS category / Atom term), which the tagger uses.
/// </summary>
public sealed record StoryArticle(string Id, string? Url, string? Outlet, string Title, string Text, DateTimeOffset? Published)
{
    public IReadOnlyList<string> Categories { get; init; } = [];
}
