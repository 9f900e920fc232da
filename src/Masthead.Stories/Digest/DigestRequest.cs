namespace Masthead.Stories;

/// <summary>
/// What an edition is built from: the entries, the edition's closing time and the period it covers (the
/// schedule, e.g. every 3 hours), the hashtag order of the sections and how many items a section shows.
/// </summary>
public sealed record DigestRequest(DateTimeOffset EditionTime, TimeSpan Period, IReadOnlyList<DigestEntry> Entries)
{
    public string Title { get; init; } = "The Digest";

    /// <summary>Section order; hashtags not listed follow alphabetically.</summary>
    public IReadOnlyList<string> HashtagOrder { get; init; } = HashtagTagger.DefaultHashtags;

    public int MaxItemsPerSection { get; init; } = 10;
}
