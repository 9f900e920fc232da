namespace Masthead.Site.Tests.Media;

/// <summary>No page of the seeded site loads an image from another origin: every img src is a local path.</summary>
[Collection(SiteCollection.Name)]
public sealed class PageImageOriginTests(SiteFixture site)
{
    public static TheoryData<string> Pages => ["/", "/tag/politics", "/tag/economy", "/sources", "/search?q=senate", "article:full", "article:excerpt", "article:hostile"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_img_src_is_same_origin(string page)
    {
        var path = page switch
        {
            "article:full" => SiteFixture.ArticlePath(site.Full),
            "article:excerpt" => SiteFixture.ArticlePath(site.ExcerptOnly),
            "article:hostile" => SiteFixture.ArticlePath(site.Hostile),
            _ => page,
        };
        using var response = await site.Client.GetAsync(path);
        // The policy backs the markup up: a browser would refuse an image from any other origin.
        Assert.Contains("img-src 'self' data:;", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var sources = doc.QuerySelectorAll("img").Select(i => i.GetAttribute("src") ?? "").ToList();
        Assert.All(sources, src => Assert.True(src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal), page + ": " + src));
        Assert.All(doc.QuerySelectorAll("img"), i => Assert.Equal("lazy", i.GetAttribute("loading")));
    }
}
