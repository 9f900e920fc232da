using System.Text.RegularExpressions;

namespace Masthead.Site.Tests.Digest;

/// <summary>The Digest's pages by data-part: sections by hashtag, "Outlet: headline" items, summaries, links, encoding.</summary>
[Collection(DigestCollection.Name)]
public sealed partial class DigestPageTests(DigestFixture digest)
{
    [Fact]
    public async Task Edition_GroupsItemsIntoHashtagSectionsInChannelOrder()
    {
        var doc = await digest.Page("/digest/" + DigestFixture.FirstEdition);
        var sections = doc.QuerySelectorAll("[data-part=digest] [data-part=digest-section]").Select(s => s.GetAttribute("data-hashtag")).ToList();
        Assert.Equal(["#politics", "#sports"], sections);
        Assert.NotNull(doc.QuerySelector("[data-part=masthead]")); // inside the site layout
    }

    [Theory]
    [InlineData("one story from two outlets is one item, credited to the first", "#politics", "Alpha Wire: Senate passes the budget bill", "The senate passed the budget bill late on Thursday night.")]
    [InlineData("a story of its own", "#sports", "Gamma News: Home team wins the regional final", "The home team won the regional final by two goals on Thursday.")]
    public async Task Edition_ItemIsOutletHeadlineWithSummary(string name, string hashtag, string line, string summary)
    {
        Assert.NotEmpty(name);
        var doc = await digest.Page("/digest/" + DigestFixture.FirstEdition);
        var items = doc.QuerySelectorAll($"[data-part=digest-section][data-hashtag='{hashtag}'] [data-part=digest-item]");
        var item = Assert.Single(items);
        Assert.Equal(line, item.QuerySelector("a")!.TextContent);
        Assert.Equal(summary, item.QuerySelector("[data-part=digest-summary]")!.TextContent);
    }

    [Fact]
    public async Task Edition_LinksToTheArticlePageOnThisSiteAndListsOtherOutlets()
    {
        var doc = await digest.Page("/digest/" + DigestFixture.FirstEdition);
        var item = doc.QuerySelector("[data-part=digest-section][data-hashtag='#politics'] [data-part=digest-item]")!;
        Assert.Equal("http://localhost:5000" + Web.Rendering.Paths.Article(digest.Senate.Id, digest.Senate.Title), item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Also: Beta Times", item.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("front page", "/")]
    [InlineData("edition page", "/digest/" + DigestFixture.FirstEdition)]
    public async Task Layout_NavigationLinksToTheDigest(string name, string path)
    {
        Assert.NotEmpty(name);
        var doc = await digest.Page(path);
        Assert.NotNull(doc.QuerySelector("nav.sections a[href='/digest']"));
    }

    [Fact]
    public async Task Latest_ShowsTheNewestEdition()
    {
        var doc = await digest.Page("/digest");
        var edition = doc.QuerySelector("[data-part=digest]")!.GetAttribute("data-edition");
        Assert.True(string.CompareOrdinal(edition, DigestFixture.SecondEdition) >= 0, edition);
    }

    [Theory]
    [InlineData("edition page", "/digest/" + DigestFixture.SecondEdition)]
    [InlineData("e-mail HTML", "/digest/" + DigestFixture.SecondEdition + "/email.html")]
    [InlineData("archive", "/digest/archive")]
    public async Task ScriptInAHeadline_NeverRendersAsScript(string name, string path)
    {
        Assert.NotEmpty(name);
        var doc = await digest.Page(path);
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("b"));
        if (!path.EndsWith("archive", StringComparison.Ordinal))
        {
            Assert.Contains("<script>alert('title')</script> Hostile headline", doc.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Evil <b>Outlet</b>", doc.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EmailText_IsPlainTextWithoutHtml()
    {
        using var response = await digest.Client.GetAsync("/digest/" + DigestFixture.FirstEdition + "/email.txt");
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(Tag(), text);
        Assert.DoesNotContain("&amp;", text, StringComparison.Ordinal);
        Assert.Contains("* Alpha Wire: Senate passes the budget bill", text, StringComparison.Ordinal);
        Assert.Contains("#sports", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmailHtml_IsAWholeDocumentWithTheItems()
    {
        using var response = await digest.Client.GetAsync("/digest/" + DigestFixture.FirstEdition + "/email.html");
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Alpha Wire: Senate passes the budget bill", doc.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(doc.QuerySelectorAll("link[rel=stylesheet], style"));
    }

    [Theory]
    [InlineData("unknown edition", "/digest/1999-01-01T00Z")]
    [InlineData("unknown edition e-mail", "/digest/1999-01-01T00Z/email.txt")]
    [InlineData("archive page past the end", "/digest/archive?page=9")]
    public async Task Missing_IsNotFound(string name, string path)
    {
        Assert.NotEmpty(name);
        using var response = await digest.Client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("<[a-zA-Z/!]")]
    private static partial Regex Tag();
}
