using System.Net;

namespace Masthead.Site.Tests;

[Collection(SiteCollection.Name)]
public sealed class PageTests(SiteFixture site)
{
    [Fact]
    public async Task FrontPage_ShowsNewestStoriesAndHashtagSections()
    {
        var doc = await site.Page("/");
        var top = doc.QuerySelector("section[aria-labelledby=top]")!;
        var headlines = top.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Contains("Markets rally on budget news", headlines);
        var card = top.QuerySelectorAll("li.card").First(li => li.TextContent.Contains("Markets rally", StringComparison.Ordinal));
        Assert.Equal("Beta Times", card.QuerySelector(".outlet")!.LastChild!.TextContent);
        Assert.Contains("ago", card.QuerySelector("time")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Stocks rose after the vote.", card.QuerySelector("p:not(.meta)")!.TextContent);
        var sections = doc.QuerySelectorAll("section h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal(["#politics", "#economy", "#crime"], sections);
    }

    public static TheoryData<string, string, string[]> Lists => new()
    {
        { "hashtag page", "/tag/politics", ["Senate passes the budget bill"] },
        { "outlet page", "/outlet/Beta%20Times", ["Markets rally on budget news"] },
        { "story page, in publication order", "/story/budget-1", ["Senate passes the budget bill", "Markets rally on budget news"] },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task ListPages_ShowTheirArticles(string name, string path, string[] headlines)
    {
        Assert.NotEmpty(name);
        var doc = await site.Page(path);
        Assert.Equal(headlines, doc.QuerySelectorAll("li.card h3").Select(h => h.TextContent));
    }

    [Fact]
    public async Task SearchPage_MarksMatchesAndFilters()
    {
        var doc = await site.Page("/search?q=" + Uri.EscapeDataString("budget outlet:\"Alpha Wire\""));
        var card = Assert.Single(doc.QuerySelectorAll("li.card"));
        Assert.Equal("budget", card.QuerySelector("h3 mark")!.TextContent);
        Assert.Contains("1 result", doc.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourcesPage_ShowsHealth()
    {
        var doc = await site.Page("/sources");
        var rows = doc.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("new", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("excerpts only", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown path", "/no/such/page")]
    [InlineData("unknown article", "/article/999999/x")]
    [InlineData("unknown story", "/story/none")]
    [InlineData("unknown outlet", "/outlet/Nobody")]
    public async Task Missing_Is404Page(string name, string path)
    {
        Assert.NotEmpty(name);
        using var response = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeToggle_SetsCookieAndReturnsOnlyToLocalPaths()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = site.Client.BaseAddress };
        using var dark = await client.GetAsync("/theme?set=dark&back=%2Fsources");
        Assert.Equal("/sources", dark.Headers.Location!.OriginalString);
        Assert.Contains("theme=dark", string.Join(";", dark.Headers.GetValues("Set-Cookie")), StringComparison.Ordinal);
        using var away = await client.GetAsync("/theme?set=light&back=%2F%2Fevil.example");
        Assert.Equal("/", away.Headers.Location!.OriginalString);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", "theme=dark");
        using var themed = await client.SendAsync(request);
        Assert.Contains("<html lang=\"en\" data-theme=\"dark\">", await themed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/robots.txt", "text/plain", "Sitemap: http://localhost:5000/sitemap.xml")]
    [InlineData("/sitemap.xml", "application/xml", "/tag/politics</loc>")]
    [InlineData("/news-sitemap.xml", "application/xml", "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"")]
    [InlineData("/site.css", "text/css", "prefers-color-scheme: dark")]
    public async Task SiteFiles_Served(string path, string type, string contains)
    {
        using var response = await site.Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(contains, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sitemap_ListsArticlePages()
    {
        var xml = System.Xml.Linq.XDocument.Parse(await site.Client.GetStringAsync("/sitemap.xml"));
        var locs = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains("http://localhost:5000" + SiteFixture.ArticlePath(site.Full), locs);
    }
}
