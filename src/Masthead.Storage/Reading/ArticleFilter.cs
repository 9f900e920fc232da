namespace Masthead.Storage.Reading;

/// <summary>Which articles a list shows; every filter is optional and they combine with AND.</summary>
public sealed record ArticleFilter
{
    public const int MaxLimit = 100;

    /// <summary>The article's URL or canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>Outlet name, case-insensitive.</summary>
    public string? Outlet { get; init; }

    /// <summary>Hashtag, with or without the leading '#'.</summary>
    public string? Tag { get; init; }

    public string? StoryId { get; init; }

    /// <summary>Only articles listed after this time (exclusive).</summary>
    public DateTimeOffset? NewerThan { get; init; }

    /// <summary>Only articles listed at or before this time.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>
    /// Continues a list after this article (the last one of the previous page): a keyset cursor, so reading page 500
    /// seeks in the list index instead of stepping over the 49,900 rows before it as OFFSET does. With a cursor,
    /// <see cref="WithTotal"/> counts only the rows after it: walks that page this way pass WithTotal = false.
    /// </summary>
    public ArticleSummary? After { get; init; }

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }

    /// <summary>Show articles marked as duplicates of an earlier one (off for the site's lists).</summary>
    public bool IncludeDuplicates { get; init; }

    /// <summary>Count the whole list (off where only the first items are shown, e.g. front page sections).</summary>
    public bool WithTotal { get; init; } = true;

    internal int SafeLimit => Math.Clamp(Limit, 1, MaxLimit);

    internal int SafeOffset => Math.Max(0, Offset);

    /// <summary>"politics", "#Politics" and " #politics " all name the hashtag "#politics".</summary>
    public static string? NormalizeTag(string? tag)
    {
        var t = tag?.Trim().TrimStart('#').ToLowerInvariant();
        return string.IsNullOrEmpty(t) ? null : "#" + t;
    }
}
