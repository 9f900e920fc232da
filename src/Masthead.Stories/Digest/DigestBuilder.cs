using System.Globalization;

namespace Masthead.Stories;

/// <summary>
/// Builds one edition: 1. keep entries published in the edition's period; 2. one item per story, credited to
/// the outlet that reported first, listing the others; 3. group by hashtag in the configured order; 4. rank
/// items by how many outlets carry the story, then by recency.
/// </summary>
public static class DigestBuilder
{
    public static DigestEdition Build(DigestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var from = request.EditionTime - request.Period;
        // 1. The period (entries without a date are taken as new).
        var inPeriod = request.Entries.Where(e => e.Article.Published is not { } p || (p > from && p <= request.EditionTime));
        // 2. One item per story (an entry without a story id is a story of its own).
        var stories = inPeriod.GroupBy(e => e.StoryId ?? "article:" + e.Article.Id, StringComparer.Ordinal).Select(ToItem);
        // 3 and 4. Sections in hashtag order, items by coverage then recency.
        var sections = stories
            .GroupBy(s => s.Hashtag, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => Rank(request.HashtagOrder, g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DigestSection(g.Key, [.. g
                .OrderByDescending(s => s.Item.OtherOutlets.Count)
                .ThenByDescending(s => s.Item.Published ?? DateTimeOffset.MinValue)
                .Take(request.MaxItemsPerSection)
                .Select(s => s.Item)]))
            .ToList();
        var id = request.EditionTime.ToUniversalTime().ToString("yyyy-MM-dd'T'HH'Z'", CultureInfo.InvariantCulture);
        return new DigestEdition(id, request.Title, from, request.EditionTime, sections);
    }

    private static (string Hashtag, DigestItem Item) ToItem(IGrouping<string, DigestEntry> story)
    {
        var ordered = story.OrderBy(e => e.Article.Published ?? DateTimeOffset.MaxValue).ThenBy(e => e.Article.Id, StringComparer.Ordinal).ToList();
        var first = ordered[0];
        var others = ordered.Skip(1).Select(e => OutletOf(e.Article)).Where(o => o != OutletOf(first.Article)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var item = new DigestItem(OutletOf(first.Article), first.Article.Title.Trim(), first.Summary.Short, first.Article.Url, first.Article.Published)
        {
            OtherOutlets = others,
            StoryId = first.StoryId,
        };
        // The story's hashtag is the one most of its articles got (ties: the first reporter's).
        var hashtag = story.GroupBy(e => e.Hashtag, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key == first.Hashtag ? 0 : 1).First().Key;
        return (hashtag, item);
    }

    private static string OutletOf(StoryArticle article) =>
        !string.IsNullOrWhiteSpace(article.Outlet) ? article.Outlet.Trim()
        : Uri.TryCreate(article.Url, UriKind.Absolute, out var uri) ? uri.Host : "Unknown";

    private static int Rank(IReadOnlyList<string> order, string hashtag)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], hashtag, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
