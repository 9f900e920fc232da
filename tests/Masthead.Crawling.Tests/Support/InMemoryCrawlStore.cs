using System.Collections.Concurrent;
using Masthead.Crawling.Model;

namespace Masthead.Crawling.Tests.Support;

/// <summary>A thread-safe ICrawlStore in memory, for pipeline tests (the SQLite store has its own tests).</summary>
public sealed class InMemoryCrawlStore : ICrawlStore
{
    private readonly Lock _gate = new();
    private readonly List<Source> _sources = [];
    private readonly List<Article> _articles = [];
    private readonly HashSet<(long SourceId, string Identity)> _skipped = [];
    private long _nextId = 1;

    public ConcurrentQueue<FetchRecord> Fetches { get; } = new();

    public IReadOnlyList<Article> Articles
    {
        get
        {
            lock (_gate)
            {
                return [.. _articles];
            }
        }
    }

    public Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Source>>([.. _sources]);
        }
    }

    public Task<Source> UpsertSourceAsync(Source source, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var index = _sources.FindIndex(s => s.FeedUrl == source.FeedUrl);
            var saved = index >= 0 ? source with { Id = _sources[index].Id, State = _sources[index].State } : source with { Id = _nextId++ };
            if (index >= 0)
            {
                _sources[index] = saved;
            }
            else
            {
                _sources.Add(saved);
            }
            return Task.FromResult(saved);
        }
    }

    public Task<bool> RemoveSourceAsync(string idOrFeedUrl, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_sources.RemoveAll(s => s.FeedUrl == idOrFeedUrl || s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == idOrFeedUrl) > 0);
        }
    }

    public Task SaveSourceStateAsync(long sourceId, SourceState state, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var index = _sources.FindIndex(s => s.Id == sourceId);
            if (index >= 0)
            {
                _sources[index] = _sources[index] with { State = state };
            }
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlySet<string>> KnownEntriesAsync(long sourceId, IReadOnlyCollection<string> entryIdentities, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlySet<string> known = entryIdentities
                .Where(i => _skipped.Contains((sourceId, i)) || _articles.Any(a => a.SourceId == sourceId && a.EntryIdentity == i))
                .ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(known);
        }
    }

    public Task MarkEntrySkippedAsync(long sourceId, string entryIdentity, CancellationToken ct = default)
    {
        lock (_gate)
        {
            _skipped.Add((sourceId, entryIdentity));
            return Task.CompletedTask;
        }
    }

    public Task<bool> HasCanonicalUrlAsync(string canonicalUrl, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_articles.Any(a => a.CanonicalUrl == canonicalUrl));
        }
    }

    public Task<Article?> FindByCanonicalUrlAsync(string canonicalUrl, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_articles.FirstOrDefault(a => a.CanonicalUrl == canonicalUrl));
        }
    }

    public Task<Article?> FindByContentHashAsync(string contentHash, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_articles.FirstOrDefault(a => a.ContentHash == contentHash));
        }
    }

    public Task<Article> SaveArticleAsync(Article article, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var index = _articles.FindIndex(a => a.CanonicalUrl == article.CanonicalUrl);
            var saved = article with { Id = index >= 0 ? _articles[index].Id : _nextId++ };
            if (index >= 0)
            {
                _articles[index] = saved;
            }
            else
            {
                _articles.Add(saved);
            }
            return Task.FromResult(saved);
        }
    }

    public Task RecordFetchAsync(FetchRecord fetch, CancellationToken ct = default)
    {
        Fetches.Enqueue(fetch);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Article>> GetRecentArticlesAsync(DateTimeOffset since, int limit, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Article>>([.. _articles.Where(a => a.FetchedAt >= since).OrderByDescending(a => a.FetchedAt).Take(limit)]);
        }
    }
}
