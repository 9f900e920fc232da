namespace Masthead.Feeds;

/// <summary>
/// One feed in a subscription list. <see cref="Categories"/> are category paths written "a/b" (from the
/// outline folders it sits in and its category attribute); <see cref="Tags"/> are the one-level categories.
/// </summary>
public sealed record OpmlSubscription(string Title, string XmlUrl, string? HtmlUrl, IReadOnlyList<string> Categories)
{
    public IReadOnlyList<string> Tags { get; init; } = [];
}
