using Masthead.Storage;
using Masthead.Storage.Reading;

namespace Masthead.Web.Pages;

/// <summary>
/// Reads up to <c>max</c> articles of a list, newest first, in pages of <see cref="ArticleFilter.MaxLimit"/> (the
/// store's list query caps one page). Each page continues after the last article of the one before
/// (<see cref="ArticleFilter.After"/>), so a window of 50,000 (a sitemap) costs one index range scan, not a quadratic
/// walk of OFFSETs.
/// </summary>
public static class ArticleWindow
{
    public static async Task<IReadOnlyList<ArticleSummary>> ReadAsync(SqliteStore store, ArticleFilter filter, int max, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var items = new List<ArticleSummary>();
        while (items.Count < max)
        {
            var size = Math.Min(ArticleFilter.MaxLimit, max - items.Count);
            var page = await store.ListArticlesAsync(filter with { Limit = size, Offset = 0, After = items.Count > 0 ? items[^1] : filter.After, WithTotal = false }, ct).ConfigureAwait(false);
            items.AddRange(page.Items);
            if (page.Items.Count < size)
            {
                break;
            }
        }
        return items;
    }
}
