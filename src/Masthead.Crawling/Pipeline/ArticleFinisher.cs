using System.Collections.Concurrent;
using Masthead.Crawling.Model;

namespace Masthead.Crawling.Pipeline;

/// <summary>
/// The last steps shared by the crawler and the WARC import: exact duplicates (content hash) are dropped,
/// near-duplicates are kept and marked, then enrichment and store. Short texts (feed snippets, empty
/// pages) are not compared: two different stories can share a one-line teaser.
/// </summary>
public sealed class ArticleFinisher(ICrawlStore store, IArticleEnricher enricher)
{
    /// <summary>Texts shorter than this are never treated as duplicates of each other.</summary>
    public const int MinComparableChars = 280;

    // Claims of the current pass: sources run in parallel, and the store only knows what is already saved.
    // Without these, two feeds listing one URL (or two URLs with one text) at the same moment would both pass.
    private readonly ConcurrentDictionary<string, byte> _claimedUrls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _claimedHashes = new(StringComparer.Ordinal);

    /// <summary>True for the first caller of this pass to claim the canonical URL.</summary>
    public bool TryClaimUrl(string canonicalUrl) => _claimedUrls.TryAdd(canonicalUrl, 0);

    /// <summary>Forgets the claims (at the start of each pass; the store remembers what was saved).</summary>
    public void ResetClaims()
    {
        _claimedUrls.Clear();
        _claimedHashes.Clear();
    }

    /// <summary>The stored article, or null when it is an exact duplicate of one already stored.</summary>
    public async Task<Article?> FinishAsync(Article article, IReadOnlyList<string> categories, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        var comparable = article.Text.Length >= MinComparableChars;
        var hash = enricher.ContentHash(article.Text);
        article = article with { ContentHash = hash };

        // 1. Exact duplicate under another URL: the cheap check, before the expensive enrichment.
        if (comparable && (!_claimedHashes.TryAdd(hash, 0)
            || (await store.FindByContentHashAsync(hash, ct).ConfigureAwait(false) is { } same && same.CanonicalUrl != article.CanonicalUrl)))
        {
            return null;
        }

        // 2. Near-duplicate (MinHash): kept, but marked, so the site can fold it into the first one.
        if (comparable && enricher.FindNearDuplicate(article.CanonicalUrl, article.Text) is { } earlierKey
            && await store.FindByCanonicalUrlAsync(earlierKey, ct).ConfigureAwait(false) is { } earlier)
        {
            article = article with { DuplicateOf = earlier.Id };
        }

        // 3. Hashtag, entities, summaries, story; 4. store.
        var enriched = await enricher.EnrichAsync(article, categories, ct).ConfigureAwait(false);
        return await store.SaveArticleAsync(enriched, ct).ConfigureAwait(false);
    }
}
