using Masthead.Crawling.Adapters;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Pipeline;
using Masthead.Crawling.Tests.Support;
using Masthead.Testing;

namespace Masthead.Crawling.Tests.Pipeline;

public class WarcImporterTests
{
    private static WarcImporter Importer(InMemoryCrawlStore store) => new(store, DefaultCrawlComponents.Create(new ChannelOptions()));

    private static byte[] ThreeArticles() => new WarcBuilder()
        .Response("https://news.example/a.html", TestPages.Article("Harbour reopens", "the harbour"))
        .Response("https://news.example/b.html", TestPages.Article("Bridge closes", "the bridge"))
        .Response("https://news.example/copy-of-a.html", TestPages.Article("Harbour reopens", "the harbour"))
        .Response("https://news.example/feed.xml", "<rss/>", "application/rss+xml")
        .Response("https://news.example/c.html", TestPages.Article("School opens", "the school"))
        .GzipPerRecord();

    [Fact]
    public async Task Import_StoresEveryHtmlArticle_SkipsDuplicates_AndResumes()
    {
        using var file = new TempFile(ThreeArticles());
        var store = new InMemoryCrawlStore();

        var first = await Importer(store).ImportAsync(file.Path, null, CancellationToken.None);
        var second = await Importer(store).ImportAsync(file.Path, null, CancellationToken.None);

        Assert.Null(first.Error);
        Assert.Equal((5, 4, 3, 1), (first.Records, first.Pages, first.Stored, first.Duplicates));
        Assert.Equal(["Harbour reopens", "Bridge closes", "School opens"], store.Articles.Select(a => a.Title));
        Assert.All(store.Articles, a => Assert.Equal("Example News", a.Outlet));
        Assert.Equal((0, 3), (second.Stored, second.AlreadyStored));
    }

    [Fact]
    public async Task TruncatedArchive_KeepsWhatWasRead_AndTheFullOneResumes()
    {
        var whole = ThreeArticles();
        using var cut = new TempFile(whole[..(whole.Length * 3 / 4)]);
        using var full = new TempFile(whole);
        var store = new InMemoryCrawlStore();

        var partial = await Importer(store).ImportAsync(cut.Path, null, CancellationToken.None);
        var resumed = await Importer(store).ImportAsync(full.Path, null, CancellationToken.None);

        Assert.Contains("damaged after record", partial.Error);
        Assert.True(partial.Stored >= 2, $"stored {partial.Stored}");
        Assert.Equal(partial.Stored, resumed.AlreadyStored);
        Assert.Equal(3, store.Articles.Count);
    }

    [Theory]
    [InlineData("an HTML page", "<!doctype html><html><body>not an archive</body></html>", "not a readable WARC file")]
    [InlineData("an empty file", "", null)]
    public async Task NotAWarc_IsAClearMessage_AndStoresNothing(string name, string content, string? error)
    {
        using var file = new TempFile(System.Text.Encoding.UTF8.GetBytes(content));
        var store = new InMemoryCrawlStore();

        var report = await Importer(store).ImportAsync(file.Path, null, CancellationToken.None);

        Assert.True(error is null ? report.Error is null : report.Error?.Contains(error, StringComparison.Ordinal) == true, $"{name}: {report.Error}");
        Assert.Empty(store.Articles);
    }

    [Fact]
    public async Task MissingFile_IsAClearMessage()
    {
        var report = await Importer(new InMemoryCrawlStore()).ImportAsync("/nonexistent/x.warc.gz", null, CancellationToken.None);

        Assert.Contains("no such file", report.Error);
    }

    [CorpusFact(DemoCorpus.Archive)]
    public async Task DemoArchive_ImportsItsArticlePages()
    {
        var store = new InMemoryCrawlStore();

        var report = await Importer(store).ImportAsync(Corpora.PathOf(DemoCorpus.Archive), null, CancellationToken.None);

        Assert.Null(report.Error);
        Assert.Equal(331, report.Pages);
        Assert.True(report.Stored >= MinDemoImported, $"stored {report.Stored}");
    }

    /// <summary>Floor on the demo's 331 HTML pages that become articles (measured: see the test output).</summary>
    private const int MinDemoImported = 320;

    private sealed class TempFile : IDisposable
    {
        public TempFile(byte[] content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "masthead-import-" + Guid.NewGuid().ToString("N") + ".warc.gz");
            File.WriteAllBytes(Path, content);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
