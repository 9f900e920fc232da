using System.Net;
using AngleSharp.Html.Parser;
using Masthead.Crawling.Channel;
using Masthead.Crawling.Fetching;
using Masthead.Web.Media;

namespace Masthead.Site.Tests.Media;

public sealed class MediaTests(MediaFixture site) : IClassFixture<MediaFixture>
{
    [Fact]
    public async Task Article_page_images_are_same_origin_and_lazy()
    {
        var html = await site.Client.GetStringAsync(SiteFixture.ArticlePath(site.Article));
        var doc = new HtmlParser().ParseDocument(html);
        var lead = doc.QuerySelector("[data-part=lead-image] img")!;
        Assert.StartsWith("/media?u=", lead.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("lazy", lead.GetAttribute("loading"));
        Assert.Equal("The picture", lead.GetAttribute("alt"));
        var icon = doc.QuerySelector("img.icon")!;
        Assert.StartsWith("/media?u=", icon.GetAttribute("src"), StringComparison.Ordinal);
        var inline = doc.QuerySelector("[data-part=body] img")!;
        Assert.StartsWith("/media?u=", inline.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Null(inline.GetAttribute("srcset"));
        Assert.Equal("lazy", inline.GetAttribute("loading"));
        Assert.DoesNotContain(site.Origin.BaseAddress, string.Concat(doc.QuerySelectorAll("img").Select(i => i.GetAttribute("src"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_is_fetched_once_then_served_from_the_cache()
    {
        var local = site.Signer.Url(site.Origin.BaseAddress + "/img/a.png");
        for (var i = 0; i < 2; i++)
        {
            using var response = await site.Client.GetAsync(local);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(ImageOrigin.Png, await response.Content.ReadAsByteArrayAsync());
            Assert.Contains("nosniff", response.Headers.GetValues("X-Content-Type-Options"));
            Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(30));
        }
        Assert.Equal(1, site.Origin.HitsOn("/img/a.png"));
    }

    [Theory]
    [InlineData("html page", "/page.html")]
    [InlineData("svg can carry script", "/img/x.svg")]
    [InlineData("missing on the origin", "/img/none.png")]
    public async Task Non_images_are_refused_and_remembered(string name, string path)
    {
        var local = site.Signer.Url(site.Origin.BaseAddress + path);
        for (var i = 0; i < 2; i++)
        {
            using var response = await site.Client.GetAsync(local);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, name);
        }
        Assert.Equal(1, site.Origin.HitsOn(path));
    }

    [Theory]
    [InlineData("wrong signature", "&s=00000000000000000000000000000000")]
    [InlineData("no signature", "")]
    public async Task Unsigned_urls_are_forbidden(string name, string signature)
    {
        var url = site.Origin.BaseAddress + "/img/icon.png?unsigned=" + name.Length;
        using var response = await site.Client.GetAsync("/media?u=" + Uri.EscapeDataString(url) + signature);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, site.Origin.Hits.Keys.Count(k => k.Contains("unsigned", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Default_options_refuse_a_loopback_image()
    {
        var options = new CrawlerOptions { MinDelayPerHostMs = 0 };
        var folder = Path.Combine(Path.GetTempPath(), "masthead-media-guard-" + Guid.NewGuid().ToString("N"));
        using var cache = new MediaCache(new Fetcher(CrawlerHttpHandler.Create(options), options), folder);
        var before = site.Origin.HitsOn("/img/icon.png");
        var item = await cache.GetAsync(site.Origin.BaseAddress + "/img/icon.png", CancellationToken.None);
        Assert.NotNull(item.Error);
        Assert.Equal(before, site.Origin.HitsOn("/img/icon.png"));
        Assert.False(Directory.Exists(folder));
    }
}
