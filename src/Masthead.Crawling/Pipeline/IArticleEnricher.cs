using Masthead.Crawling.Model;

namespace Masthead.Crawling.Pipeline;

/// <summary>The stories library behind the crawler's seam: identity, duplicates and enrichment.</summary>
public interface IArticleEnricher
{
    /// <summary>The canonical form of a URL (tracking parameters removed etc.).</summary>
    string Canonicalize(string url);

    /// <summary>The exact-duplicate key of a text.</summary>
    string ContentHash(string text);

    /// <summary>The key of an earlier article this text nearly duplicates, else null (and the text is remembered under <paramref name="key"/>).</summary>
    string? FindNearDuplicate(string key, string text);

    /// <summary>Hashtag, entities, summaries and story for the article.</summary>
    Task<Article> EnrichAsync(Article article, IReadOnlyList<string> categories, CancellationToken ct);

    /// <summary>Feeds recently stored articles to the clusterer and the near-duplicate index (on start-up).</summary>
    void Warm(IReadOnlyList<Article> recent);
}
