using System.Globalization;
using System.Text;
using System.Xml;
using Masthead.Storage.Reading;
using Masthead.Web.Pages;
using Masthead.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Masthead.Web.Seo;

/// <summary>
/// robots.txt, sitemap.xml (https://www.sitemaps.org/protocol.html: the home, hashtag pages and the newest
/// articles) and the Google News sitemap (articles of the last two days, at most 1,000, as Google asks).
/// </summary>
public static class SeoEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    private const int SitemapArticles = 5000;
    private const int NewsArticles = 1000;
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    public static IEndpointRouteBuilder MapSeo(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (SiteRuntime r) => Results.Text(
            $"User-agent: *\nDisallow: /search\nDisallow: /theme\nDisallow: /api/\nSitemap: {Paths.Absolute(r.Channel.BaseUrl, "/sitemap.xml")}\nSitemap: {Paths.Absolute(r.Channel.BaseUrl, "/news-sitemap.xml")}\n",
            "text/plain; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", async (SiteRuntime r) =>
            Results.Text(await r.CachedAsync("sitemap", Freshness, () => Sitemap(r)).ConfigureAwait(false), "application/xml; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/news-sitemap.xml", async (SiteRuntime r) =>
            Results.Text(await r.CachedAsync("news-sitemap", Freshness, () => NewsSitemap(r)).ConfigureAwait(false), "application/xml; charset=utf-8")).ExcludeFromDescription();
        return app;
    }

    private static async Task<string> Sitemap(SiteRuntime r)
    {
        var baseUrl = r.Channel.BaseUrl;
        var articles = await Newest(r, SitemapArticles, DateTimeOffset.MinValue).ConfigureAwait(false);
        return Write(w =>
        {
            w.WriteStartElement("urlset", SitemapNs);
            Url(w, Paths.Absolute(baseUrl, "/"), null);
            foreach (var tag in r.Channel.Hashtags)
            {
                Url(w, Paths.Absolute(baseUrl, Paths.Tag(tag)), null);
            }
            foreach (var a in articles)
            {
                Url(w, Paths.Absolute(baseUrl, Paths.Article(a.Id, a.Title)), a.SortTime);
            }
            w.WriteEndElement();
        });
    }

    private static async Task<string> NewsSitemap(SiteRuntime r)
    {
        var articles = await Newest(r, NewsArticles, DateTimeOffset.UtcNow.AddDays(-2)).ConfigureAwait(false);
        return Write(w =>
        {
            w.WriteStartElement("urlset", SitemapNs);
            w.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var a in articles)
            {
                w.WriteStartElement("url", SitemapNs);
                w.WriteElementString("loc", SitemapNs, Paths.Absolute(r.Channel.BaseUrl, Paths.Article(a.Id, a.Title)));
                w.WriteStartElement("news", "news", NewsNs);
                w.WriteStartElement("news", "publication", NewsNs);
                w.WriteElementString("news", "name", NewsNs, r.Channel.Name);
                w.WriteElementString("news", "language", NewsNs, r.Channel.Language);
                w.WriteEndElement();
                w.WriteElementString("news", "publication_date", NewsNs, TimeText.Iso(a.SortTime));
                w.WriteElementString("news", "title", NewsNs, a.Title);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    private static Task<IReadOnlyList<ArticleSummary>> Newest(SiteRuntime r, int max, DateTimeOffset since) =>
        ArticleWindow.ReadAsync(r.Store, new ArticleFilter { NewerThan = since == DateTimeOffset.MinValue ? null : since }, max);

    private static void Url(XmlWriter w, string loc, DateTimeOffset? modified)
    {
        w.WriteStartElement("url", SitemapNs);
        w.WriteElementString("loc", SitemapNs, loc);
        if (modified is { } m)
        {
            w.WriteElementString("lastmod", SitemapNs, m.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        w.WriteEndElement();
    }

    private static string Write(Action<XmlWriter> body)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(new Syndication.Utf8StringWriter(sb), Syndication.RssWriter.Settings()))
        {
            w.WriteStartDocument();
            body(w);
        }
        return sb.ToString();
    }
}
