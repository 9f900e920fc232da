using Masthead.Crawling.Model;

namespace Masthead.Crawling;

/// <summary>
/// What the crawler needs from storage, and nothing more. The SQLite store (Masthead.Storage) implements
/// it; a PostgreSQL store could follow. Implementations must be safe to call from several crawler tasks.
/// </summary>
public interface ICrawlStore
{
    Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken ct = default);

    /// <summary>Adds a source, or updates the one with the same feed URL (keeping its crawl state); returns it with its id.</summary>
    Task<Source> UpsertSourceAsync(Source source, CancellationToken ct = default);

    /// <summary>Removes a source by id or feed URL; its articles stay. Returns false when none matched.</summary>
    Task<bool> RemoveSourceAsync(string idOrFeedUrl, CancellationToken ct = default);

    Task SaveSourceStateAsync(long sourceId, SourceState state, CancellationToken ct = default);

    /// <summary>
    /// Which of a feed's entry identities the source already has (stored, or deliberately skipped): the cheap "skip
    /// known" gate, asked once per refresh for the whole feed rather than once per entry.
    /// </summary>
    Task<IReadOnlySet<string>> KnownEntriesAsync(long sourceId, IReadOnlyCollection<string> entryIdentities, CancellationToken ct = default);

    /// <summary>
    /// Remembers an entry that was deliberately not stored (filtered out, or a duplicate of a stored article), so
    /// <see cref="KnownEntriesAsync"/> counts it as known from now on, across restarts, and its page is not fetched again.
    /// </summary>
    Task MarkEntrySkippedAsync(long sourceId, string entryIdentity, CancellationToken ct = default);

    /// <summary>True when an article with this canonical URL is stored (the duplicate gate: no row is read).</summary>
    Task<bool> HasCanonicalUrlAsync(string canonicalUrl, CancellationToken ct = default);

    /// <summary>The stored article with this canonical URL, if any.</summary>
    Task<Article?> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken ct = default);

    /// <summary>The earliest stored article with this content hash, if any.</summary>
    Task<Article?> FindByContentHashAsync(string contentHash, CancellationToken ct = default);

    /// <summary>Inserts the article (or updates the one with the same canonical URL); returns it with its id.</summary>
    Task<Article> SaveArticleAsync(Article article, CancellationToken ct = default);

    Task RecordFetchAsync(FetchRecord fetch, CancellationToken ct = default);

    /// <summary>Articles stored since <paramref name="since"/>, newest first, for warming the story clusterer on start-up.</summary>
    Task<IReadOnlyList<Article>> GetRecentArticlesAsync(DateTimeOffset since, int limit, CancellationToken ct = default);
}
