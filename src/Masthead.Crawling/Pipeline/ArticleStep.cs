using Masthead.Crawling.Fetching;
using Masthead.Crawling.Model;

namespace Masthead.Crawling.Pipeline;

/// <summary>The steps one new feed entry goes through, from link to stored article.</summary>
public sealed class ArticleStep(CrawlServices services)
{
    private readonly ArticleFinisher _finisher = new(services.Store, services.Components.Enricher);

    /// <summary>Called at the start of every pass.</summary>
    public void ResetClaims() => _finisher.ResetClaims();

    /// <summary>Takes one new entry to a stored article; false when it was deliberately not stored (filtered, duplicate).</summary>
    public async Task<bool> ProcessAsync(Source source, FeedItem entry, CrawlTally tally, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tally);

        // a. The entry's canonical URL (tracking parameters removed). Known under another feed: skip.
        var link = Core.Html.Urls.Resolve(source.FeedUrl, entry.Link) ?? source.SiteUrl ?? source.FeedUrl;
        var canonical = services.Components.Enricher.Canonicalize(link);
        if (!_finisher.TryClaimUrl(canonical) || await services.Store.HasCanonicalUrlAsync(canonical, ct).ConfigureAwait(false))
        {
            tally.Duplicate();
            return false;
        }

        // b. The page, robots.txt permitting, extracted; when that fails, the feed's own content is kept.
        var (page, url, pageError) = entry.Link is null
            ? (null, link, "the entry has no link")
            : await LoadPageAsync(source, link, tally, ct).ConfigureAwait(false);
        if (page is not null && PageCanonical.Choose(services.Components.Enricher, url, page.Canonical) is var declared && declared != canonical)
        {
            // The page names another canonical URL (rel=canonical, or the redirect target): the same gate again.
            if (!_finisher.TryClaimUrl(declared) || await services.Store.HasCanonicalUrlAsync(declared, ct).ConfigureAwait(false))
            {
                tally.Duplicate();
                return false;
            }
            canonical = declared;
        }
        var now = services.Time.GetUtcNow();
        var article = page is not null
            ? ArticleBuilder.FromPage(source, entry, url, canonical, page, now)
            : ArticleBuilder.FromFeed(source, entry, url, canonical, pageError!, now);
        if (page is null)
        {
            services.Report(new CrawlEvent(CrawlEventKind.PageMissed, source.Name, link, pageError!));
        }

        // c. The source's include / exclude keywords.
        if (KeywordFilter.Check(article.Title, article.Text, source.Include, source.Exclude) is { } dropped)
        {
            tally.Filtered();
            services.Report(new CrawlEvent(CrawlEventKind.Skipped, source.Name, link, dropped));
            return false;
        }

        // d. Duplicates, enrichment, store.
        var saved = await _finisher.FinishAsync(article, entry.Categories, ct).ConfigureAwait(false);
        if (saved is null)
        {
            tally.Duplicate();
            return false;
        }
        tally.Stored(saved.FromFeedOnly);
        services.Report(new CrawlEvent(CrawlEventKind.ArticleStored, source.Name, saved.Url, saved.Title));
        return true;
    }

    private async Task<(PageContent? Page, string Url, string? Error)> LoadPageAsync(Source source, string url, CrawlTally tally, CancellationToken ct)
    {
        if (!services.Options.FetchPages)
        {
            return (null, url, "page fetching is turned off (Crawler.FetchPages)");
        }
        if (UrlGuard.Check(url, services.Options.AllowPrivateAddresses) is { } refused)
        {
            return (null, url, refused);
        }
        if (await services.Robots.CheckAsync(new Uri(url), ct).ConfigureAwait(false) is { } refusal)
        {
            tally.RobotsBlocked();
            return (null, url, refusal);
        }
        var started = services.Time.GetUtcNow();
        var fetch = await services.Fetcher.FetchAsync(new FetchRequest(url, FetchKinds.Page), ct).ConfigureAwait(false);
        await services.Store.RecordFetchAsync(FetchLog.ToRecord(fetch, FetchKinds.Page, source.Id, started), ct).ConfigureAwait(false);
        if (!fetch.IsSuccess)
        {
            return (null, url, fetch.Error ?? $"HTTP {fetch.Status}");
        }
        var page = services.Components.Pages.Extract(fetch.Body, fetch.FinalUrl, fetch.ContentType);
        if (page.Error is not null || string.IsNullOrWhiteSpace(page.Text))
        {
            return (null, fetch.FinalUrl, $"extraction failed: {page.Error ?? "no article text found"}");
        }
        return (page, fetch.FinalUrl, null);
    }
}
