namespace Masthead.Site.Tests.Stories;

public sealed class FrontPageRankingTests(StoryFixture site) : IClassFixture<StoryFixture>
{
    private async Task<List<string>> TopHeadlines()
    {
        var doc = await site.Page("/");
        return [.. doc.QuerySelectorAll("section[aria-labelledby=top] [data-part=top-story] h3").Select(h => h.TextContent)];
    }

    private string Headline(string key) => site.Articles[key].Title;

    public static TheoryData<string, string, string> Orders => new()
    {
        // The card leads with the story's newest report.
        { "three outlets beat a newer single-outlet story", "wide-gamma", "fresh-single" },
        { "a two-day-old multi-outlet story falls below fresh news", "fresh-single", "old-gamma" },
        { "an undated page ranks by when it was found, not above wider coverage", "wide-gamma", "undated" },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task TopStories_RankByOutletsAndRecency(string name, string above, string below)
    {
        Assert.NotEmpty(name);
        var headlines = await TopHeadlines();
        Assert.Contains(Headline(above), headlines);
        Assert.Contains(Headline(below), headlines);
        Assert.True(headlines.IndexOf(Headline(above)) < headlines.IndexOf(Headline(below)), string.Join(" | ", headlines));
    }

    [Fact]
    public async Task TopStories_TellEachStoryOnceWithCountsAndALinkToFullCoverage()
    {
        var doc = await site.Page("/");
        var cards = doc.QuerySelectorAll("section[aria-labelledby=top] [data-part=top-story]");
        Assert.Equal(6, cards.Length);
        var wide = cards[0];
        Assert.Equal(Headline("wide-gamma"), wide.QuerySelector("h3")!.TextContent);
        Assert.Equal("3 outlets", wide.QuerySelector("[data-part=outlet-count]")!.TextContent);
        Assert.Equal("3 reports", wide.QuerySelector("[data-part=report-count]")!.TextContent);
        Assert.Contains("first: Alpha Wire", wide.QuerySelector("[data-part=coverage]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/story/wide", wide.QuerySelector("[data-part=story-link]")!.GetAttribute("href"));
        Assert.Equal("2 hours ago", wide.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task UndatedPage_SaysDateUnknownRatherThanJustNow()
    {
        var doc = await site.Page("/");
        var card = doc.QuerySelectorAll("[data-part=top-story]").Single(c => c.QuerySelector("h3")!.TextContent == Headline("undated"));
        Assert.Null(card.QuerySelector("time"));
        Assert.Equal("date unknown", card.QuerySelector("[data-part=undated]")!.TextContent);
        Assert.Null(card.QuerySelector("[data-part=coverage]"));
    }

    [Fact]
    public async Task StoryWithAnUndatedReport_LeadsWithTheDatedOne()
    {
        var doc = await site.Page("/");
        var card = doc.QuerySelectorAll("[data-part=top-story]").Single(c => c.QuerySelector("[data-part=story-link]")?.GetAttribute("href") == "/story/mixed");
        Assert.Equal(Headline("mixed-dated"), card.QuerySelector("h3")!.TextContent);
        Assert.Equal("5 hours ago", card.QuerySelector("time")!.TextContent);
        Assert.Equal("2 outlets", card.QuerySelector("[data-part=outlet-count]")!.TextContent);
    }
}
