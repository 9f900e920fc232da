using Masthead.Crawling.Warc;

namespace Masthead.Crawling.Pipeline;

/// <summary>
/// `masthead import`: every HTML response of a web archive becomes an article, the way news corpora are
/// made from Common Crawl's CC-NEWS. Resumable (a page already stored under its canonical URL is skipped
/// before extraction) and duplicate-free (exact copies under other URLs are dropped by the finisher).
/// </summary>
public sealed class WarcImporter(ICrawlStore store, CrawlComponents components, TimeProvider? time = null)
{
    private readonly ArticleFinisher _finisher = new(store, components.Enricher);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<ImportReport> ImportAsync(string path, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new ImportReport { Archive = path, Error = $"{path}: no such file" };
        }
        await using var file = File.OpenRead(path);
        using var reader = new WarcReader(file, Path.GetFileName(path));
        var tally = new ImportTally();
        while (reader.TryRead() is { } record)
        {
            ct.ThrowIfCancellationRequested();
            tally.Records++;
            await ImportRecordAsync(record, tally, ct).ConfigureAwait(false);
            progress?.Report(new ImportProgress(path, file.Position, file.Length, tally.Stored));
        }
        return tally.ToReport(path, reader.Error);
    }

    private async Task ImportRecordAsync(WarcRecord record, ImportTally tally, CancellationToken ct)
    {
        // 1. Only archived HTML pages that were served successfully.
        if (!record.IsHttpResponse || record.TargetUri is not { } url)
        {
            return;
        }
        var (response, _) = HttpResponseParser.Parse(url, record.Block, record.Date);
        if (response is not { Status: 200, IsHtml: true })
        {
            return;
        }
        tally.Pages++;

        // 2. Resume: a page already stored under its canonical URL is not extracted again.
        var canonical = components.Enricher.Canonicalize(url);
        if (await store.HasCanonicalUrlAsync(canonical, ct).ConfigureAwait(false))
        {
            tally.AlreadyStored++;
            return;
        }

        // 3. Extract; a page without an article (index, error page) is counted, not stored.
        var page = components.Pages.Extract(response.Body, url, response.ContentType);
        if (page.Error is not null || string.IsNullOrWhiteSpace(page.Text))
        {
            tally.NotArticles++;
            return;
        }

        // 4. Duplicates, enrichment, store.
        var article = ArticleBuilder.FromPage(null, null, url, canonical, page, _time.GetUtcNow());
        var saved = await _finisher.FinishAsync(article, [], ct).ConfigureAwait(false);
        if (saved is null)
        {
            tally.Duplicates++;
            return;
        }
        tally.Stored++;
    }

    private sealed class ImportTally
    {
        public int Records { get; set; }

        public int Pages { get; set; }

        public int Stored { get; set; }

        public int AlreadyStored { get; set; }

        public int Duplicates { get; set; }

        public int NotArticles { get; set; }

        public ImportReport ToReport(string path, string? error) => new()
        {
            Archive = path,
            Records = Records,
            Pages = Pages,
            Stored = Stored,
            AlreadyStored = AlreadyStored,
            Duplicates = Duplicates,
            NotArticles = NotArticles,
            Error = error,
        };
    }
}
