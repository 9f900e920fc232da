using Masthead.Core;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Model;
using Masthead.Crawling.Scheduling;

namespace Masthead.Crawling.Pipeline;

/// <summary>
/// The refresh pipeline of one source: the one orchestration both `masthead crawl` and the background
/// crawler run (miniflux's RefreshFeed is the model). Every failure becomes data on the source and in the
/// fetch history; nothing here stops the run.
/// </summary>
public sealed class SourceRefresher(CrawlServices services)
{
    private readonly ArticleStep _articles = new(services);

    /// <summary>Called by the crawler at the start of every pass.</summary>
    public void BeginPass() => _articles.ResetClaims();

    /// <summary>Refreshes one source; returns null on success, else the error recorded on it.</summary>
    public async Task<string?> RefreshSourceAsync(Source source, CrawlTally tally, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(tally);
        var started = services.Time.GetUtcNow();

        // 1. Fetch the feed, conditionally: the validators of the last 200 (RFC 9110 §13.1). Feeds are
        //    subscriptions the operator asked for, so robots.txt is checked for article pages only.
        var request = new FetchRequest(source.FeedUrl, FetchKinds.Feed) { ETag = source.State.ETag, LastModified = source.State.LastModified };
        var fetch = await services.Fetcher.FetchAsync(request, ct).ConfigureAwait(false);
        await services.Store.RecordFetchAsync(FetchLog.ToRecord(fetch, FetchKinds.Feed, source.Id, started), ct).ConfigureAwait(false);

        // 2. A failed fetch (network, status, limits, SSRF refusal): error, count, backoff with Retry-After.
        if (fetch.Error is not null)
        {
            return await FailAsync(source, fetch.Error, fetch.RetryAfter, tally, ct).ConfigureAwait(false);
        }

        // 3. 304 Not Modified: nothing new; come back later, a little slower each time.
        if (fetch.NotModified)
        {
            tally.FeedNotModified();
            await SucceedAsync(source, fetch, null, new FeedSignals { Unchanged = true, MaxAge = fetch.MaxAge }, ct).ConfigureAwait(false);
            return null;
        }

        // 4. Parse. A document that is not a feed is a failure like a network one.
        var feed = services.Components.Feeds.Read(fetch.Body, fetch.FinalUrl, fetch.Headers);
        if (feed.Error is not null)
        {
            return await FailAsync(source, $"not a readable feed: {feed.Error}", null, tally, ct).ConfigureAwait(false);
        }

        // 5. Every entry not seen before (the cheap "skip known" gate) goes through the article steps:
        //    canonical URL, page (robots permitting), extraction or the feed's content, filters, duplicates,
        //    enrichment, store (ArticleStep.ProcessAsync).
        var fresh = 0;
        var known = new HashSet<string>(await services.Store.KnownEntriesAsync(source.Id, [.. feed.Entries.Select(e => e.Identity)], ct).ConfigureAwait(false), StringComparer.Ordinal);
        foreach (var entry in feed.Entries)
        {
            // Added as handled: a feed that lists the same entry twice gets it processed once.
            if (fresh >= Limits.MaxNewEntriesPerRefresh || !known.Add(entry.Identity))
            {
                continue;
            }
            fresh++;
            tally.NewEntry();
            if (!await _articles.ProcessAsync(source, entry, tally, ct).ConfigureAwait(false))
            {
                await services.Store.MarkEntrySkippedAsync(source.Id, entry.Identity, ct).ConfigureAwait(false);
            }
        }

        // 6. Schedule the next visit from what the feed told us (change rate, TTL, max-age, skipHours)
        //    and keep the validators for the next conditional GET.
        var signals = new FeedSignals
        {
            Ttl = feed.Ttl,
            MaxAge = fetch.MaxAge,
            SkipHours = feed.SkipHours,
            EntryDates = [.. feed.Entries.Select(e => e.Published ?? e.Updated).OfType<DateTimeOffset>()],
            Unchanged = fresh == 0,
        };
        await SucceedAsync(source, fetch, feed, signals, ct).ConfigureAwait(false);
        return null;
    }

    private async Task SucceedAsync(Source source, FetchResult fetch, FeedDocument? feed, FeedSignals signals, CancellationToken ct)
    {
        var now = services.Time.GetUtcNow();
        var interval = RefreshPlanner.NextInterval(source, signals);
        var state = source.State with
        {
            ETag = fetch.NotModified ? source.State.ETag : fetch.ETag,
            LastModified = fetch.NotModified ? source.State.LastModified : fetch.LastModified,
            LastFetched = now,
            LastSuccess = now,
            NextAttempt = RefreshPlanner.NextAttempt(now, interval, signals.SkipHours),
            LastError = null,
            ErrorCount = 0,
            EffectiveInterval = interval,
            FeedTitle = feed?.Title ?? source.State.FeedTitle,
        };
        await services.Store.SaveSourceStateAsync(source.Id, state, ct).ConfigureAwait(false);
        services.Report(new CrawlEvent(CrawlEventKind.SourceDone, source.Name, source.FeedUrl, fetch.NotModified ? "not modified" : "refreshed"));
    }

    /// <summary>Records a failure on the source (error, count, next attempt after backoff) and returns the error.</summary>
    public async Task<string> FailAsync(Source source, string error, TimeSpan? retryAfter, CrawlTally tally, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(tally);
        tally.FeedFailed();
        var now = services.Time.GetUtcNow();
        var count = source.State.ErrorCount + 1;
        var state = source.State with
        {
            LastFetched = now,
            LastError = error,
            ErrorCount = count,
            NextAttempt = now + RefreshPlanner.Backoff(source, count, retryAfter),
        };
        await services.Store.SaveSourceStateAsync(source.Id, state, ct).ConfigureAwait(false);
        services.Report(new CrawlEvent(CrawlEventKind.SourceFailed, source.Name, source.FeedUrl, error));
        return error;
    }
}
