using System.IO.Compression;
using System.Text;
using Masthead.Testing;

namespace Masthead.Feeds.Tests.Sitemap;

/// <summary>Sitemaps from corpora/feeds/sitemaps: urlsets, news, indexes, gzip twins, broken gzip, text sitemaps.</summary>
public sealed class SitemapTests
{
    private const string Go = "feeds/sitemaps/go-sitemap-parser/test/";

    [CorpusFact(Go + "sitemap-news-01.xml")]
    public void News_sitemap_carries_the_news_fields()
    {
        var document = Sitemaps.Parse(File.ReadAllBytes(Corpora.PathOf(Go + "sitemap-news-01.xml")));
        Assert.Equal("urlset", document.Kind);
        Assert.Equal(2, document.Urls.Count);
        var news = document.Urls[0];
        Assert.Equal("http://HOST/article-1", news.Loc);
        Assert.Equal("Breaking: Example Article", news.NewsTitle);
        Assert.Equal("Example News", news.NewsPublication);
        Assert.Equal("en", news.NewsLanguage);
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 9, 0, 0, TimeSpan.Zero), news.NewsPublished);
        Assert.Null(document.Urls[1].NewsTitle);
    }

    [CorpusTheory(Go)]
    [InlineData("sitemap-01.xml")]
    [InlineData("sitemap-02.xml")]
    [InlineData("sitemapindex-1.xml")]
    [InlineData("sitemap-empty.xml")]
    public void Gzip_twin_reads_like_the_plain_file(string name)
    {
        var plain = Sitemaps.Parse(File.ReadAllBytes(Corpora.PathOf(Go + name)));
        var gzip = Sitemaps.Parse(File.ReadAllBytes(Corpora.PathOf(Go + name + ".gz")));
        // The gzip twins point at .gz children, so compare shapes, not URLs.
        Assert.Equal(plain.Kind, gzip.Kind);
        Assert.Equal(plain.Urls.Count, gzip.Urls.Count);
        Assert.Equal(plain.Sitemaps.Count, gzip.Sitemaps.Count);
        Assert.Equal(plain.Error, gzip.Error);
    }

    [CorpusFact(Go + "sitemapindex-1.xml")]
    public void Index_lists_child_sitemaps()
    {
        var document = Sitemaps.Parse(File.ReadAllBytes(Corpora.PathOf(Go + "sitemapindex-1.xml")));
        Assert.Equal("sitemapindex", document.Kind);
        Assert.NotEmpty(document.Sitemaps);
        Assert.Empty(document.Urls);
    }

    [CorpusFact(Go + "corrupted.gz")]
    public void Corrupted_gzip_is_a_clear_error() =>
        Assert.StartsWith("corrupt gzip", Sitemaps.Parse(File.ReadAllBytes(Corpora.PathOf(Go + "corrupted.gz"))).Error);

    [CorpusFact("feeds/sitemaps/sitemap.js/tests/mocks/alltags.xml")]
    public void All_extensions_at_once_are_read()
    {
        var document = Sitemaps.Parse(File.ReadAllBytes(Corpora.PathOf("feeds/sitemaps/sitemap.js/tests/mocks/alltags.xml")));
        Assert.NotEmpty(document.Urls);
        Assert.Contains(document.Urls, u => u.NewsTitle is not null && u.NewsPublication is not null);
    }

    [Fact]
    public void Text_sitemap_and_gzip_bomb_guard()
    {
        var text = Sitemaps.Parse(Encoding.UTF8.GetBytes("http://a.example/1\nhttps://a.example/2\nnot a url\n"));
        Assert.Equal(["http://a.example/1", "https://a.example/2"], text.Urls.Select(u => u.Loc));
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 70; i++)
            {
                gzip.Write(zeros);
            }
        }
        Assert.Contains("MaxDecompressedBytes", Sitemaps.Parse(buffer.ToArray()).Error);
    }
}
