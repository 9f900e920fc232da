using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http;
using Masthead.Core;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Crawling.Model;
using Masthead.Crawling.Robots;
using Masthead.Crawling.Warc;

namespace Masthead.Crawling.Pipeline;

/// <summary>
/// The crawler of one channel. <see cref="RefreshAllAsync(bool, CancellationToken)"/> is one pass over the
/// due sources (what `masthead crawl --once` runs); <see cref="RunAsync"/> repeats it until cancelled (what
/// `serve` runs in the background). Both go through <see cref="SourceRefresher.RefreshSourceAsync"/>.
/// </summary>
public sealed class Crawler : IDisposable
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMinutes(1);

    /// <summary>How far back, and how many, stored articles warm the enricher on start (the story clusterer's default 3-day window).</summary>
    private static readonly TimeSpan WarmWindow = TimeSpan.FromDays(3);
    private const int WarmArticles = 5_000;
    private readonly ChannelOptions _channel;
    private readonly CrawlServices _services;
    private readonly SourceRefresher _refresher;
    private readonly SemaphoreSlim _startOnce = new(1, 1);
    private bool _started;

    public Crawler(ChannelOptions channel, ICrawlStore store, CrawlComponents components, HttpMessageHandler handler, Action<CrawlEvent>? onEvent = null, TimeProvider? time = null)
        : this(channel, channel?.Crawler!, store, components, handler, onEvent, time)
    {
    }

    private Crawler(ChannelOptions channel, CrawlerOptions options, ICrawlStore store, CrawlComponents components, HttpMessageHandler handler, Action<CrawlEvent>? onEvent, TimeProvider? time)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(handler);
        _channel = channel;
        var clock = time ?? TimeProvider.System;
        var timeout = TimeSpan.FromSeconds(Math.Clamp(options.FetchTimeoutSeconds, 0.1, Limits.FetchTimeout.TotalSeconds));
        var fetcher = new Fetcher(handler, options, clock, timeout: timeout);
        var robots = new RobotsCache(fetcher, clock, result => store.RecordFetchAsync(FetchLog.ToRecord(result, FetchKinds.Robots, null, clock.GetUtcNow() - result.Duration)));
        _services = new CrawlServices(fetcher, robots, store, components, options, clock, onEvent);
        _refresher = new SourceRefresher(_services);
    }

    /// <summary>A crawler on the network, behind the SSRF guard.</summary>
    public static Crawler ForNetwork(ChannelOptions channel, ICrawlStore store, CrawlComponents components, Action<CrawlEvent>? onEvent = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return new Crawler(channel, store, components, CrawlerHttpHandler.Create(channel.Crawler), onEvent);
    }

    /// <summary>A crawler answered from web archives (no network; no politeness delay needed).</summary>
    public static Crawler ForReplay(ChannelOptions channel, ICrawlStore store, CrawlComponents components, ReplayArchive archive, Action<CrawlEvent>? onEvent = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var options = channel.Crawler.Copy();
        options.MinDelayPerHostMs = 0;
        options.HonorCrawlDelay = false;
        return new Crawler(channel, options, store, components, new ReplayHandler(archive), onEvent, null);
    }

    /// <summary>One pass over the sources that are due.</summary>
    public Task<CrawlReport> RefreshAllAsync(CancellationToken ct) => RefreshAllAsync(force: false, ct);

    /// <summary>One pass over the due sources, or over all of them when <paramref name="force"/>.</summary>
    public async Task<CrawlReport> RefreshAllAsync(bool force, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await StartAsync(ct).ConfigureAwait(false);
        var now = _services.Time.GetUtcNow();
        var sources = (await _services.Store.GetSourcesAsync(ct).ConfigureAwait(false))
            .Where(s => force || s.State.NextAttempt is null || s.State.NextAttempt <= now).ToList();
        _refresher.BeginPass();
        var tally = new CrawlTally();
        var errors = new ConcurrentQueue<string>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Limits.MaxParallelSources, CancellationToken = ct };
        await Parallel.ForEachAsync(sources, parallel, async (source, token) =>
        {
            tally.Source();
            if (await RefreshGuardedAsync(source, tally, token).ConfigureAwait(false) is { } error)
            {
                errors.Enqueue($"{source.Name}: {error}");
            }
        }).ConfigureAwait(false);
        return tally.Freeze(clock.Elapsed, [.. errors]);
    }

    /// <summary>Refreshes due sources until cancelled, sleeping until the next one is due.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await RefreshAllAsync(force: false, ct).ConfigureAwait(false);
                await Task.Delay(await UntilNextDueAsync(ct).ConfigureAwait(false), _services.Time, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<string?> RefreshGuardedAsync(Source source, CrawlTally tally, CancellationToken ct)
    {
        try
        {
            return await _refresher.RefreshSourceAsync(source, tally, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in one step must not stop the other sources: it is recorded on the source like any failure.
            return await _refresher.FailAsync(source, $"internal error: {ex.GetType().Name}: {ex.Message}", null, tally, ct).ConfigureAwait(false);
        }
    }

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken ct)
    {
        var sources = await _services.Store.GetSourcesAsync(ct).ConfigureAwait(false);
        var next = sources.Select(s => s.State.NextAttempt).OfType<DateTimeOffset>().DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        var wait = next == DateTimeOffset.MaxValue ? IdlePoll : next - _services.Time.GetUtcNow();
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > IdlePoll ? IdlePoll : wait;
    }

    /// <summary>Once: the configured sources into the store, recent articles into the story clusterer.</summary>
    private async Task StartAsync(CancellationToken ct)
    {
        await _startOnce.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_started)
            {
                return;
            }
            foreach (var configured in _channel.Sources)
            {
                await _services.Store.UpsertSourceAsync(SourceMapper.FromOptions(configured), ct).ConfigureAwait(false);
            }
            var recent = await _services.Store.GetRecentArticlesAsync(_services.Time.GetUtcNow() - WarmWindow, WarmArticles, ct).ConfigureAwait(false);
            _services.Components.Enricher.Warm(recent);
            _started = true;
        }
        finally
        {
            _startOnce.Release();
        }
    }

    public void Dispose()
    {
        _services.Fetcher.Dispose();
        _startOnce.Dispose();
    }
}
