using System.Globalization;
using AngleSharp.Dom;

namespace Masthead.Site.Tests;

[Collection(SiteCollection.Name)]
public sealed class ArticlePageTests(SiteFixture site)
{
    public static TheoryData<string> Parts =>
    [
        "masthead", "dateline", "online", "hometown", "sponsor", "back", "topic", "outlet", "author", "headline",
        "original", "lead-image", "body", "hashtags", "published",
    ];

    [Theory]
    [MemberData(nameof(Parts))]
    public async Task ArticlePage_HasEveryPartExactlyOnce(string part)
    {
        var doc = await site.Page(SiteFixture.ArticlePath(site.Full));
        Assert.Single(doc.QuerySelectorAll($"[data-part='{part}']"));
    }

    [Fact]
    public async Task ArticlePage_PartsCarryTheRightContent()
    {
        var doc = await site.Page(SiteFixture.ArticlePath(site.Full));
        string Text(string part) => Part(doc, part).TextContent.Trim();
        Assert.Equal("THE TEST GAZETTE", Text("masthead"));
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Chicago"));
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Part(doc, "dateline").GetAttribute("datetime"));
        Assert.Matches(@"^\d+ online$", Text("online"));
        Assert.Equal("Remer,MN", Text("hometown"));
        Assert.Equal("/", Part(doc, "back").GetAttribute("href"));
        Assert.Equal("/tag/politics", Part(doc, "topic").GetAttribute("href"));
        Assert.Equal("Alpha Wire", Text("outlet"));
        // Served from our own origin (issue 4: no third-party resources), naming the outlet's icon.
        Assert.StartsWith("/media?u=" + Uri.EscapeDataString("https://wire.example/icon.png") + "&s=", Part(doc, "outlet").QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("By Jo Reporter", Text("author"));
        Assert.Equal("Senate passes the budget bill", Text("headline"));
        Assert.Equal("#politics", Text("hashtags"));
        Assert.Equal("2026-11-20T15:30:00Z", Part(doc, "published").GetAttribute("datetime"));
    }

    [Fact]
    public async Task Original_IsNofollowNoopenerAndShowsTheUrl()
    {
        var doc = await site.Page(SiteFixture.ArticlePath(site.Full));
        var original = Part(doc, "original");
        Assert.Equal(site.Full.Url, original.GetAttribute("href"));
        Assert.Equal(site.Full.Url, original.TextContent);
        Assert.Equal(["nofollow", "noopener"], original.GetAttribute("rel")!.Split(' '));
    }

    [Theory]
    [InlineData("alt from the page", false, "The Senate chamber")]
    [InlineData("no alt: the headline", true, "Markets rally on budget news")]
    public async Task LeadImage_AltFromPageElseHeadline(string name, bool excerptArticle, string alt)
    {
        Assert.NotEmpty(name);
        var article = excerptArticle ? site.ExcerptOnly : site.Full;
        var img = Part(await site.Page(SiteFixture.ArticlePath(article)), "lead-image").QuerySelector("img")!;
        Assert.Equal(alt, img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
    }

    [Fact]
    public async Task Body_FullTextWhereAllowed()
    {
        var body = Part(await site.Page(SiteFixture.ArticlePath(site.Full)), "body");
        Assert.Equal(2, body.QuerySelectorAll("p").Length);
        Assert.Contains("goes to the house", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_ExcerptAndContinueLinkWhereNotAllowed()
    {
        var body = Part(await site.Page(SiteFixture.ArticlePath(site.ExcerptOnly)), "body");
        Assert.DoesNotContain("SECRET-PAYWALLED-PARAGRAPH", body.TextContent, StringComparison.Ordinal);
        var link = body.QuerySelector("a")!;
        Assert.Equal("Continue at Beta Times →", link.TextContent);
        Assert.Equal(site.ExcerptOnly.Url, link.GetAttribute("href"));
        Assert.Equal("Staff report", Part(await site.Page(SiteFixture.ArticlePath(site.ExcerptOnly)), "author").TextContent);
    }

    [Fact]
    public async Task Sponsor_HasShortMediumAndLongTexts()
    {
        var sponsor = Part(await site.Page(SiteFixture.ArticlePath(site.Full)), "sponsor");
        Assert.Equal(["short", "medium", "long"], sponsor.QuerySelectorAll("[data-sponsor]").Select(e => e.GetAttribute("data-sponsor")));
        Assert.Equal("Medium ad text", sponsor.QuerySelector("[data-sponsor=medium]")!.TextContent);
    }

    [Fact]
    public async Task Head_HasCanonicalOpenGraphTwitterAndNewsArticle()
    {
        var doc = await site.Page(SiteFixture.ArticlePath(site.Full));
        var canonical = doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href");
        Assert.Equal("http://localhost:5000" + SiteFixture.ArticlePath(site.Full), canonical);
        Assert.Equal("Senate passes the budget bill", doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("https://wire.example/img/senate.jpg", doc.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("summary_large_image", doc.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        using var ld = System.Text.Json.JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("NewsArticle", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Jo Reporter", ld.RootElement.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(canonical, ld.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Page_IsAccessibleByConstruction()
    {
        var doc = await site.Page(SiteFixture.ArticlePath(site.Full));
        Assert.Single(doc.QuerySelectorAll("header"));
        Assert.Single(doc.QuerySelectorAll("main#main"));
        Assert.Single(doc.QuerySelectorAll("footer"));
        Assert.NotEmpty(doc.QuerySelectorAll("nav[aria-label]"));
        Assert.All(doc.QuerySelectorAll("img"), img => Assert.NotNull(img.GetAttribute("alt")));
        Assert.Equal("#main", doc.QuerySelector("a.skip")!.GetAttribute("href"));
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Response_HasAContentSecurityPolicyWithoutScript()
    {
        using var response = await site.Client.GetAsync(SiteFixture.ArticlePath(site.Full));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
    }

    private static IElement Part(IDocument doc, string part) =>
        doc.QuerySelector($"[data-part='{part}']") ?? throw new Xunit.Sdk.XunitException($"no data-part={part}");
}
