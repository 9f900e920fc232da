namespace Masthead.Stories;

/// <summary>One edition of The Digest: a title, the period it covers and its hashtag sections.</summary>
public sealed record DigestEdition(string Id, string Title, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<DigestSection> Sections)
{
    public int ItemCount => Sections.Sum(s => s.Items.Count);
}

/// <summary>A hashtag section of an edition.</summary>
public sealed record DigestSection(string Hashtag, IReadOnlyList<DigestItem> Items);

/// <summary>
/// One story in an edition, shown as "Outlet: headline", its short summary and a link. The outlet is the one
/// that reported first; <see cref="OtherOutlets"/> lists the others that carried the story in the period.
/// </summary>
public sealed record DigestItem(string Outlet, string Headline, string Short, string? Link, DateTimeOffset? Published)
{
    public IReadOnlyList<string> OtherOutlets { get; init; } = [];

    public string? StoryId { get; init; }
}
