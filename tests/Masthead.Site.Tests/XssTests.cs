using AngleSharp.Dom;

namespace Masthead.Site.Tests;

/// <summary>A stored title, author, outlet, excerpt or body containing script never renders as script.</summary>
[Collection(SiteCollection.Name)]
public sealed class XssTests(SiteFixture site)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "article page", "article" },
        { "front page", "/" },
        { "hashtag page", "/tag/crime" },
        { "search page", "/search?q=hostile" },
        { "outlet page", "/outlet/" + Uri.EscapeDataString("Evil <b>Outlet</b>") },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task HostileContent_NeverBecomesMarkup(string name, string path)
    {
        Assert.NotEmpty(name);
        var doc = await site.Page(path == "article" ? SiteFixture.ArticlePath(site.Hostile) : path);
        // The only script elements are inert JSON-LD data.
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Empty(doc.QuerySelectorAll("b"));
        foreach (var element in doc.All)
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        }
        Assert.Contains("<script>alert('title')</script> Hostile headline", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonLd_CannotCloseItsScriptElement()
    {
        var html = await site.Client.GetStringAsync(SiteFixture.ArticlePath(site.Hostile));
        var ld = html[html.IndexOf("application/ld+json", StringComparison.Ordinal)..];
        ld = ld[..ld.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<", ld, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileBody_KeepsItsText()
    {
        var doc = await site.Page(SiteFixture.ArticlePath(site.Hostile));
        var body = doc.QuerySelector("[data-part=body]")!;
        Assert.Equal("Hostile body", body.QuerySelector("p")!.TextContent);
        Assert.DoesNotContain("alert", body.InnerHtml, StringComparison.Ordinal);
    }
}
