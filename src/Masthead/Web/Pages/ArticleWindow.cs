using Masthead.Storage;
using Masthead.Storage.Reading;

namespace Masthead.Web.Pages;

/// <summary>
/// Reads up to <c>max</c> articles of a list, newest first, in pages of <see cref="ArticleFilter.MaxLimit"/>
/// (the store's list query caps one page; each page is an index range scan, so a few pages stay cheap).
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
            var page = await store.ListArticlesAsync(filter with { Limit = size, Offset = items.Count, WithTotal = false }, ct).ConfigureAwait(false);
            items.AddRange(page.Items);
            if (page.Items.Count < size)
            {
                break;
            }
        }
        return items;
    }
}
